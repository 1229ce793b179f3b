# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `V3ContentScripts` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.no_content import NoContent
from ..models.script_full import ScriptFull
from ..models.script_post import ScriptPostCreate
from ..models.script_put import ScriptPutUpdate


@with_config(REQUEST_CONFIG)
class V3ContentScriptsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id__in: list[int]
    direction: Literal["asc", "desc"]
    limit: int
    page: int
    sort: Literal["name", "description", "date_created", "date_modified"]


class V3ContentScripts(NodeResource):
    """`api.content.scripts` (v3): all, iterall, create, delete, get, update."""

    _version = "v3"

    def all(self, **query: Unpack[V3ContentScriptsAllQuery]) -> list[ScriptFull]:
        """`GET /v3/content/scripts` (getScripts)."""
        return self._many(
            ScriptFull, "GET", "content/scripts", query, V3ContentScriptsAllQuery, envelope=True
        )

    def iterall(
        self, *, prefetch: int = 0, **query: Unpack[V3ContentScriptsAllQuery]
    ) -> Iterator[ScriptFull]:
        """Every item of every page of `GET /v3/content/scripts` (getScripts), one page in memory
        at a time. `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._pages(
            ScriptFull,
            "GET",
            "content/scripts",
            query,
            V3ContentScriptsAllQuery,
            envelope=True,
            pagination="offset",
            prefetch=prefetch,
        )

    def create(self, body: ScriptPostCreate, /) -> ScriptFull:
        """`POST /v3/content/scripts` (createScript)."""
        return self._one(
            ScriptFull,
            "POST",
            "content/scripts",
            {},
            None,
            body=body,
            body_type=ScriptPostCreate,
            envelope=True,
        )

    def delete(self, uuid: str, /) -> NoContent:
        """`DELETE /v3/content/scripts/{uuid}` (deleteScript)."""
        return self._one(NoContent, "DELETE", f"content/scripts/{segment(uuid)}", {}, None)

    def get(self, uuid: str, /) -> ScriptFull:
        """`GET /v3/content/scripts/{uuid}` (getScript)."""
        return self._one(
            ScriptFull, "GET", f"content/scripts/{segment(uuid)}", {}, None, envelope=True
        )

    def update(self, uuid: str, body: ScriptPutUpdate, /) -> ScriptFull:
        """`PUT /v3/content/scripts/{uuid}` (updateScript)."""
        return self._one(
            ScriptFull,
            "PUT",
            f"content/scripts/{segment(uuid)}",
            {},
            None,
            body=body,
            body_type=ScriptPutUpdate,
            envelope=True,
        )

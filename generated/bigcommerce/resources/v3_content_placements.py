# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `V3ContentPlacements` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.placement_full import PlacementFull
from ..models.placement_post import PlacementPostCreate
from ..models.placement_put import PlacementPutUpdate


@with_config(REQUEST_CONFIG)
class V3ContentPlacementsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id__in: list[int]
    limit: int
    page: int
    site_id__in: list[int]
    template_file: str
    widget_template_kind: str
    widget_template_uuid: str
    widget_uuid: str


class V3ContentPlacements(NodeResource):
    """`api.content.placements` (v3): all, iterall, create, delete, get, update."""

    _version = "v3"

    def all(self, **query: Unpack[V3ContentPlacementsAllQuery]) -> list[PlacementFull]:
        """`GET /v3/content/placements` (getPlacements)."""
        return self._many(
            PlacementFull,
            "GET",
            "content/placements",
            query,
            V3ContentPlacementsAllQuery,
            envelope=True,
        )

    def iterall(
        self, *, prefetch: int = 0, **query: Unpack[V3ContentPlacementsAllQuery]
    ) -> Iterator[PlacementFull]:
        """Every item of every page of `GET /v3/content/placements` (getPlacements), one page in
        memory at a time. `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._pages(
            PlacementFull,
            "GET",
            "content/placements",
            query,
            V3ContentPlacementsAllQuery,
            envelope=True,
            pagination="offset",
            prefetch=prefetch,
        )

    def create(self, body: PlacementPostCreate, /) -> PlacementFull:
        """`POST /v3/content/placements` (createPlacement)."""
        return self._one(
            PlacementFull,
            "POST",
            "content/placements",
            {},
            None,
            body=body,
            body_type=PlacementPostCreate,
            envelope=True,
        )

    def delete(self, uuid: str, /) -> None:
        """`DELETE /v3/content/placements/{uuid}` (deletePlacement)."""
        return self._nothing("DELETE", f"content/placements/{segment(uuid)}", {}, None)

    def get(self, uuid: str, /) -> PlacementFull:
        """`GET /v3/content/placements/{uuid}` (getPlacement)."""
        return self._one(
            PlacementFull, "GET", f"content/placements/{segment(uuid)}", {}, None, envelope=True
        )

    def update(self, uuid: str, body: PlacementPutUpdate, /) -> PlacementFull:
        """`PUT /v3/content/placements/{uuid}` (updatePlacement)."""
        return self._one(
            PlacementFull,
            "PUT",
            f"content/placements/{segment(uuid)}",
            {},
            None,
            body=body,
            body_type=PlacementPutUpdate,
            envelope=True,
        )

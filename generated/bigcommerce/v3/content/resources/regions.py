# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `V3ContentRegions` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.name import Name


@with_config(REQUEST_CONFIG)
class V3ContentRegionsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: str
    template_file: Required[str]
    """Required by the documents."""


class V3ContentRegions(NodeResource):
    """`api.content.regions` (v3): all."""

    _op_all: ClassVar[Operation[list[Name]]] = Operation(
        method="GET",
        path="content/regions",
        version="v3",
        result="many",
        model=Name,
        query_type=V3ContentRegionsAllQuery,
        envelope=True,
        operation_id="getContentRegions",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ContentRegionsAllQuery],
    ) -> list[Name]:
        """`GET /v3/content/regions` (getContentRegions).

        Returns a list of `Name` objects.

        Query parameters required by the documents when missing: `template_file`.

        Args:
            query: the query parameters (`V3ContentRegionsAllQuery`).
        """
        return self._call(
            self._op_all,
            "content/regions",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

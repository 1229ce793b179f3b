# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `V3ContentPlacements` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.placement import Placement
from ..models.placement_create import PlacementCreate
from ..models.placement_update import PlacementUpdate


@with_config(REQUEST_CONFIG)
class V3ContentPlacementsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id__in: list[int]
    """Sent as `channel_id:in`."""
    limit: int
    page: int
    site_id__in: list[int]
    """Sent as `site_id:in`."""
    template_file: str
    widget_template_kind: str
    widget_template_uuid: str
    widget_uuid: str


class V3ContentPlacements(NodeResource):
    """`api.content.placements` (v3): all, iterall, create, delete, get, update."""

    _op_all: ClassVar[Operation[list[Placement]]] = Operation(
        method="GET",
        path="content/placements",
        version="v3",
        result="many",
        model=Placement,
        query_type=V3ContentPlacementsAllQuery,
        envelope=True,
        operation_id="getPlacements",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ContentPlacementsAllQuery],
    ) -> list[Placement]:
        """`GET /v3/content/placements` (getPlacements).

        Returns one page of `Placement` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3ContentPlacementsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            "content/placements",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Placement]]] = Operation(
        method="GET",
        path="content/placements",
        version="v3",
        result="pages",
        model=Placement,
        query_type=V3ContentPlacementsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getPlacements",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ContentPlacementsAllQuery],
    ) -> Iterator[Placement]:
        """`GET /v3/content/placements` (getPlacements).

        Yields every `Placement` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3ContentPlacementsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_iterall,
            "content/placements",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Placement]] = Operation(
        method="POST",
        path="content/placements",
        version="v3",
        result="one",
        model=Placement,
        body_type=PlacementCreate,
        envelope=True,
        operation_id="createPlacement",
    )

    def create(
        self,
        body: PlacementCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Placement:
        """`POST /v3/content/placements` (createPlacement).

        Returns one `Placement`.

        Args:
            body: `PlacementCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "content/placements",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="content/placements/{uuid}",
        version="v3",
        result="nothing",
        operation_id="deletePlacement",
    )

    def delete(
        self,
        uuid: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/content/placements/{uuid}` (deletePlacement).

        Returns None (the answer has no body).

        Args:
            uuid: `str`, the path's `{uuid}`.
        """
        return self._call(
            self._op_delete,
            f"content/placements/{segment(uuid)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Placement]] = Operation(
        method="GET",
        path="content/placements/{uuid}",
        version="v3",
        result="one",
        model=Placement,
        envelope=True,
        operation_id="getPlacement",
    )

    def get(
        self,
        uuid: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Placement:
        """`GET /v3/content/placements/{uuid}` (getPlacement).

        Returns one `Placement`.

        Args:
            uuid: `str`, the path's `{uuid}`.
        """
        return self._call(
            self._op_get,
            f"content/placements/{segment(uuid)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Placement]] = Operation(
        method="PUT",
        path="content/placements/{uuid}",
        version="v3",
        result="one",
        model=Placement,
        body_type=PlacementUpdate,
        envelope=True,
        operation_id="updatePlacement",
    )

    def update(
        self,
        uuid: str,
        body: PlacementUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Placement:
        """`PUT /v3/content/placements/{uuid}` (updatePlacement).

        Returns one `Placement`.

        Args:
            uuid: `str`, the path's `{uuid}`.
            body: `PlacementUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"content/placements/{segment(uuid)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

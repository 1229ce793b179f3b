# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `V3StorefrontCustomTemplateAssociations` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.custom_template_association import CustomTemplateAssociation
from ..models.custom_template_association_upsert_item import CustomTemplateAssociationUpsertItem


@with_config(REQUEST_CONFIG)
class V3StorefrontCustomTemplateAssociationsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int
    entity_id__in: list[int]
    """Sent as `entity_id:in`."""
    is_valid: bool
    limit: int
    page: int
    type: Literal["product", "category", "brand", "page"]


@with_config(REQUEST_CONFIG)
class V3StorefrontCustomTemplateAssociationsDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int
    entity_id__in: list[int]
    """Sent as `entity_id:in`."""
    id__in: list[int]
    """Sent as `id:in`."""
    type: Literal["product", "category", "brand", "page"]


class V3StorefrontCustomTemplateAssociations(NodeResource):
    """`api.storefront.custom_template_associations` (v3): all, iterall, delete_all, upsert."""

    _op_all: ClassVar[Operation[list[CustomTemplateAssociation]]] = Operation(
        method="GET",
        path="storefront/custom-template-associations",
        version="v3",
        result="many",
        model=CustomTemplateAssociation,
        query_type=V3StorefrontCustomTemplateAssociationsAllQuery,
        envelope=True,
        operation_id="getCustomTemplateAssociations",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3StorefrontCustomTemplateAssociationsAllQuery],
    ) -> list[CustomTemplateAssociation]:
        """`GET /v3/storefront/custom-template-associations` (getCustomTemplateAssociations).

        Returns one page of `CustomTemplateAssociation` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3StorefrontCustomTemplateAssociationsAllQuery`);
                `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_all,
            "storefront/custom-template-associations",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[CustomTemplateAssociation]]] = Operation(
        method="GET",
        path="storefront/custom-template-associations",
        version="v3",
        result="pages",
        model=CustomTemplateAssociation,
        query_type=V3StorefrontCustomTemplateAssociationsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getCustomTemplateAssociations",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3StorefrontCustomTemplateAssociationsAllQuery],
    ) -> Iterator[CustomTemplateAssociation]:
        """`GET /v3/storefront/custom-template-associations` (getCustomTemplateAssociations).

        Yields every `CustomTemplateAssociation` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3StorefrontCustomTemplateAssociationsAllQuery`);
                `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_iterall,
            "storefront/custom-template-associations",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="storefront/custom-template-associations",
        version="v3",
        result="nothing",
        query_type=V3StorefrontCustomTemplateAssociationsDeleteAllQuery,
        operation_id="deleteCustomTemplateAssociations",
        filter_required=True,
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3StorefrontCustomTemplateAssociationsDeleteAllQuery],
    ) -> None:
        """`DELETE /v3/storefront/custom-template-associations` (deleteCustomTemplateAssociations).

        Returns None (the answer has no body).

        Refused before sending without at least one query filter: unfiltered, it would delete every
        item.

        Args:
            query: the query parameters
                (`V3StorefrontCustomTemplateAssociationsDeleteAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_delete_all,
            "storefront/custom-template-associations",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_upsert: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="PUT",
        path="storefront/custom-template-associations",
        version="v3",
        result="value",
        model=dict[str, Any],
        body_type=list[CustomTemplateAssociationUpsertItem],
        batch_limit=100,
        operation_id="upsertCustomTemplateAssociations",
    )

    def upsert(
        self,
        body: list[CustomTemplateAssociationUpsertItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """`PUT /v3/storefront/custom-template-associations` (upsertCustomTemplateAssociations).

        Returns `dict[str, Any]`.

        Sends at most 100 items a request: a longer list is sent in chunks of 100, one request after
        another.

        Args:
            body: `list[CustomTemplateAssociationUpsertItem]`, the request body; sent 100
                items a request.
        """
        return self._call(
            self._op_upsert,
            "storefront/custom-template-associations",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

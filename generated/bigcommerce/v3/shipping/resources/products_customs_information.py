# Generated from spec/imported/v3/shipping.yaml by codegen (`make generate`); do not edit.
"""The `V3ShippingProductsCustomsInformation` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.customs_information import CustomsInformation
from ..models.product_customs_information_update_many_item import (
    ProductCustomsInformationUpdateManyItem,
)


@with_config(REQUEST_CONFIG)
class V3ShippingProductsCustomsInformationAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    limit: int
    page: int
    product_id__in: list[int]
    """Sent as `product_id:in`."""


@with_config(REQUEST_CONFIG)
class V3ShippingProductsCustomsInformationDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    product_id__in: Required[list[int]]
    """Sent as `product_id:in`. Required by the documents."""


class V3ShippingProductsCustomsInformation(NodeResource):
    """`api.shipping.products.customs_information` (v3): all, iterall, delete_many, update_many."""

    _op_all: ClassVar[Operation[list[CustomsInformation]]] = Operation(
        method="GET",
        path="shipping/products/customs-information",
        version="v3",
        result="many",
        model=CustomsInformation,
        query_type=V3ShippingProductsCustomsInformationAllQuery,
        envelope=True,
        operation_id="getCustomsInformation",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ShippingProductsCustomsInformationAllQuery],
    ) -> list[CustomsInformation]:
        """`GET /v3/shipping/products/customs-information` (getCustomsInformation).

        Returns one page of `CustomsInformation` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3ShippingProductsCustomsInformationAllQuery`);
                `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_all,
            "shipping/products/customs-information",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[CustomsInformation]]] = Operation(
        method="GET",
        path="shipping/products/customs-information",
        version="v3",
        result="pages",
        model=CustomsInformation,
        query_type=V3ShippingProductsCustomsInformationAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getCustomsInformation",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ShippingProductsCustomsInformationAllQuery],
    ) -> Iterator[CustomsInformation]:
        """`GET /v3/shipping/products/customs-information` (getCustomsInformation).

        Yields every `CustomsInformation` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3ShippingProductsCustomsInformationAllQuery`);
                `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_iterall,
            "shipping/products/customs-information",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="shipping/products/customs-information",
        version="v3",
        result="nothing",
        query_type=V3ShippingProductsCustomsInformationDeleteManyQuery,
        operation_id="deleteCustomsInformation",
        required_query=("product_id:in",),
    )

    def delete_many(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3ShippingProductsCustomsInformationDeleteManyQuery],
    ) -> None:
        """`DELETE /v3/shipping/products/customs-information` (deleteCustomsInformation).

        Returns None (the answer has no body).

        Query parameters refused before sending when missing: `product_id__in`.

        Args:
            query: the query parameters (`V3ShippingProductsCustomsInformationDeleteManyQuery`);
                `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_delete_many,
            "shipping/products/customs-information",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[CustomsInformation]]] = Operation(
        method="PUT",
        path="shipping/products/customs-information",
        version="v3",
        result="many",
        model=CustomsInformation,
        body_type=list[ProductCustomsInformationUpdateManyItem],
        envelope=True,
        batch_limit=50,
        operation_id="updateCustomsInformation",
    )

    def update_many(
        self,
        body: list[ProductCustomsInformationUpdateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[CustomsInformation]:
        """`PUT /v3/shipping/products/customs-information` (updateCustomsInformation).

        Returns a list of `CustomsInformation` objects.

        Sends at most 50 items a request: a longer list is sent in chunks of 50, one request after
        another.

        Args:
            body: `list[ProductCustomsInformationUpdateManyItem]`, the request body; sent
                50 items a request.
        """
        return self._call(
            self._op_update_many,
            "shipping/products/customs-information",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

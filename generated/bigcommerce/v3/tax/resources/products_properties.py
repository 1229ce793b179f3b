# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `V3TaxProductsProperties` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.product_property_update_many_item import (
    ProductPropertyUpdateManyItem,
    ProductPropertyUpdateManyItemBody,
)


@with_config(REQUEST_CONFIG)
class V3TaxProductsPropertiesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    product_id__in: Required[list[int]]
    """Sent as `product_id:in`. Required by the documents."""


@with_config(REQUEST_CONFIG)
class V3TaxProductsPropertiesDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    product_id__in: Required[list[int]]
    """Sent as `product_id:in`. Required by the documents."""


class V3TaxProductsProperties(NodeResource):
    """`api.tax.products.properties` (v3): all, delete_many, update_many."""

    _op_all: ClassVar[Operation[list[ProductPropertyUpdateManyItem]]] = Operation(
        method="GET",
        path="tax/products/properties",
        version="v3",
        result="many",
        model=ProductPropertyUpdateManyItem,
        query_type=V3TaxProductsPropertiesAllQuery,
        envelope=True,
        operation_id="getProductsTaxProperties",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3TaxProductsPropertiesAllQuery],
    ) -> list[ProductPropertyUpdateManyItem]:
        """`GET /v3/tax/products/properties` (getProductsTaxProperties).

        Returns a list of `ProductPropertyUpdateManyItem` objects.

        Query parameters required by the documents when missing: `product_id__in`.

        Args:
            query: the query parameters (`V3TaxProductsPropertiesAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            "tax/products/properties",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="tax/products/properties",
        version="v3",
        result="nothing",
        query_type=V3TaxProductsPropertiesDeleteManyQuery,
        operation_id="deleteProductTaxProperties",
        required_query=("product_id:in",),
    )

    def delete_many(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3TaxProductsPropertiesDeleteManyQuery],
    ) -> None:
        """`DELETE /v3/tax/products/properties` (deleteProductTaxProperties).

        Returns None (the answer has no body).

        Query parameters refused before sending when missing: `product_id__in`.

        Args:
            query: the query parameters (`V3TaxProductsPropertiesDeleteManyQuery`); `x__in` is
                sent as `x:in`.
        """
        return self._call(
            self._op_delete_many,
            "tax/products/properties",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[ProductPropertyUpdateManyItem]]] = Operation(
        method="PUT",
        path="tax/products/properties",
        version="v3",
        result="many",
        model=ProductPropertyUpdateManyItem,
        body_type=list[ProductPropertyUpdateManyItemBody],
        envelope=True,
        operation_id="updateProductTaxProperties",
    )

    def update_many(
        self,
        body: list[ProductPropertyUpdateManyItemBody],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[ProductPropertyUpdateManyItem]:
        """`PUT /v3/tax/products/properties` (updateProductTaxProperties).

        Returns a list of `ProductPropertyUpdateManyItem` objects.

        Args:
            body: `list[ProductPropertyUpdateManyItemBody]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "tax/products/properties",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

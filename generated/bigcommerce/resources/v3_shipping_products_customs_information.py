# Generated from spec/imported/v3/shipping.yaml by codegen (`make generate`); do not edit.
"""The `V3ShippingProductsCustomsInformation` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.customs_information import CustomsInformation
from ..models.customs_information_request import CustomsInformationRequestUpdate


@with_config(REQUEST_CONFIG)
class V3ShippingProductsCustomsInformationAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    limit: int
    page: int
    product_id__in: list[int]


@with_config(REQUEST_CONFIG)
class V3ShippingProductsCustomsInformationDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in`; unknown keys are refused."""

    product_id__in: Required[list[int]]


class V3ShippingProductsCustomsInformation(NodeResource):
    """`api.shipping.products.customs_information` (v3): all, iterall, delete_many, update_many."""

    _version = "v3"

    def all(
        self, **query: Unpack[V3ShippingProductsCustomsInformationAllQuery]
    ) -> list[CustomsInformation]:
        """`GET /v3/shipping/products/customs-information` (getCustomsInformation)."""
        return self._many(
            CustomsInformation,
            "GET",
            "shipping/products/customs-information",
            query,
            V3ShippingProductsCustomsInformationAllQuery,
            envelope=True,
        )

    def iterall(
        self, *, prefetch: int = 0, **query: Unpack[V3ShippingProductsCustomsInformationAllQuery]
    ) -> Iterator[CustomsInformation]:
        """Every item of every page of `GET /v3/shipping/products/customs-information`
        (getCustomsInformation), one page in memory at a time. `prefetch=N` fetches up to N
        more pages ahead, in the background.
        """
        return self._pages(
            CustomsInformation,
            "GET",
            "shipping/products/customs-information",
            query,
            V3ShippingProductsCustomsInformationAllQuery,
            envelope=True,
            pagination="offset",
            prefetch=prefetch,
        )

    def delete_many(
        self, **query: Unpack[V3ShippingProductsCustomsInformationDeleteManyQuery]
    ) -> None:
        """`DELETE /v3/shipping/products/customs-information` (deleteCustomsInformation)."""
        return self._nothing(
            "DELETE",
            "shipping/products/customs-information",
            query,
            V3ShippingProductsCustomsInformationDeleteManyQuery,
        )

    def update_many(
        self, body: list[CustomsInformationRequestUpdate], /
    ) -> list[CustomsInformation]:
        """`PUT /v3/shipping/products/customs-information` (updateCustomsInformation)."""
        return self._many(
            CustomsInformation,
            "PUT",
            "shipping/products/customs-information",
            {},
            None,
            body=body,
            body_type=list[CustomsInformationRequestUpdate],
            envelope=True,
            batch_limit=50,
        )

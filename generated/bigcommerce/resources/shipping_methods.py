# Generated from spec/v2/shipping_methods.yaml by codegen (`make generate`); do not edit.
"""The `ShippingMethods` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.shipping_method import ShippingMethod


@with_config(REQUEST_CONFIG)
class ShippingMethodsFilters(TypedDict, total=False):
    """Query filters of `ShippingMethods`; unknown keys are refused."""


class ShippingMethods(Resource):
    """`shipping/methods` (v2): all, iterall, get."""

    def all(self, **filters: Unpack[ShippingMethodsFilters]) -> list[ShippingMethod]:
        """One page of ShippingMethod objects: `GET shipping/methods`."""
        return self._list(ShippingMethod, "shipping/methods", filters, ShippingMethodsFilters)

    def iterall(self, **filters: Unpack[ShippingMethodsFilters]) -> Iterator[ShippingMethod]:
        """Every ShippingMethod of `GET shipping/methods`, page after page, one page in memory at
        a time.
        """
        return self._iterate_unpaged(
            ShippingMethod, "shipping/methods", filters, ShippingMethodsFilters
        )

    def get(self, id: Id, /) -> ShippingMethod:
        """One ShippingMethod by id: `GET shipping/methods/{id}`."""
        return self._get(ShippingMethod, f"shipping/methods/{segment(id)}")

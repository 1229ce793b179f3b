# Generated from spec/v2/shipping_methods.yaml by codegen (`make generate`); do not edit.
"""The `ShippingMethods` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.shipping_method import ShippingMethod


@with_config(REQUEST_CONFIG)
class ShippingMethodsFilters(TypedDict, total=False):
    """Query filters of `ShippingMethods`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """


class ShippingMethods(Resource):
    """`shipping/methods` (v2): all, iterall, get."""

    _op_all: ClassVar[Operation[list[ShippingMethod]]] = Operation(
        method="GET",
        path="shipping/methods",
        version="v2",
        result="many",
        model=ShippingMethod,
        query_type=ShippingMethodsFilters,
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ShippingMethodsFilters],
    ) -> list[ShippingMethod]:
        """One page of ShippingMethod objects: `GET /v2/shipping/methods`.

        Returns a list of `ShippingMethod` objects.

        Args:
            filters: the query parameters (`ShippingMethodsFilters`).
        """
        return self._call(
            self._op_all,
            "shipping/methods",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ShippingMethod]]] = Operation(
        method="GET",
        path="shipping/methods",
        version="v2",
        result="pages",
        model=ShippingMethod,
        query_type=ShippingMethodsFilters,
        pagination="none",
    )

    def iterall(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ShippingMethodsFilters],
    ) -> Iterator[ShippingMethod]:
        """Every ShippingMethod of `GET /v2/shipping/methods`, page after page.

        Yields every `ShippingMethod` of every page, one page in memory at a time.

        Args:
            filters: the query parameters (`ShippingMethodsFilters`).
        """
        return self._call(
            self._op_iterall,
            "shipping/methods",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[ShippingMethod]] = Operation(
        method="GET", path="shipping/methods/{id}", version="v2", result="one", model=ShippingMethod
    )

    def get(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ShippingMethod:
        """One ShippingMethod by id: `GET /v2/shipping/methods/{id}`.

        Returns one `ShippingMethod`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"shipping/methods/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

# Generated from spec/v2/payment_methods.yaml by codegen (`make generate`); do not edit.
"""The `PaymentMethods` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.payment_method import PaymentMethod


@with_config(REQUEST_CONFIG)
class PaymentMethodsFilters(TypedDict, total=False):
    """Query filters of `PaymentMethods`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    limit: int
    page: int


class PaymentMethods(Resource):
    """`payments/methods` (v2): all, iterall, get."""

    _op_all: ClassVar[Operation[list[PaymentMethod]]] = Operation(
        method="GET",
        path="payments/methods",
        version="v2",
        result="many",
        model=PaymentMethod,
        query_type=PaymentMethodsFilters,
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[PaymentMethodsFilters],
    ) -> list[PaymentMethod]:
        """One page of PaymentMethod objects: `GET /v2/payments/methods`.

        Returns a list of `PaymentMethod` objects.

        Args:
            filters: the query parameters (`PaymentMethodsFilters`).
        """
        return self._call(
            self._op_all,
            "payments/methods",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[PaymentMethod]]] = Operation(
        method="GET",
        path="payments/methods",
        version="v2",
        result="pages",
        model=PaymentMethod,
        query_type=PaymentMethodsFilters,
        pagination="none",
    )

    def iterall(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[PaymentMethodsFilters],
    ) -> Iterator[PaymentMethod]:
        """Every PaymentMethod of `GET /v2/payments/methods`, page after page.

        Yields every `PaymentMethod` of every page, one page in memory at a time.

        Args:
            filters: the query parameters (`PaymentMethodsFilters`).
        """
        return self._call(
            self._op_iterall,
            "payments/methods",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[PaymentMethod]] = Operation(
        method="GET", path="payments/methods/{id}", version="v2", result="one", model=PaymentMethod
    )

    def get(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> PaymentMethod:
        """One PaymentMethod by id: `GET /v2/payments/methods/{id}`.

        Returns one `PaymentMethod`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"payments/methods/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

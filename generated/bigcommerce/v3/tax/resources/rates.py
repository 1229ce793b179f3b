# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `V3TaxRates` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.rate_create_many_item import RateCreateManyItem
from ..models.rate_update_many_item import RateUpdateManyItem
from ..models.tax_rate import TaxRate


@with_config(REQUEST_CONFIG)
class V3TaxRatesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    id__in: list[int]
    """Sent as `id:in`."""
    tax_zone_id__in: list[int]
    """Sent as `tax_zone_id:in`."""


@with_config(REQUEST_CONFIG)
class V3TaxRatesDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    id__in: list[int]
    """Sent as `id:in`."""


class V3TaxRates(NodeResource):
    """`api.tax.rates` (v3): all, iterall, create_many, delete_all, update_many."""

    _op_all: ClassVar[Operation[list[TaxRate]]] = Operation(
        method="GET",
        path="tax/rates",
        version="v3",
        result="many",
        model=TaxRate,
        query_type=V3TaxRatesAllQuery,
        envelope=True,
        operation_id="getTaxRates",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3TaxRatesAllQuery],
    ) -> list[TaxRate]:
        """`GET /v3/tax/rates` (getTaxRates).

        Returns one page of `TaxRate` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3TaxRatesAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_all,
            "tax/rates",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[TaxRate]]] = Operation(
        method="GET",
        path="tax/rates",
        version="v3",
        result="pages",
        model=TaxRate,
        query_type=V3TaxRatesAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getTaxRates",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3TaxRatesAllQuery],
    ) -> Iterator[TaxRate]:
        """`GET /v3/tax/rates` (getTaxRates).

        Yields every `TaxRate` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3TaxRatesAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_iterall,
            "tax/rates",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[TaxRate]]] = Operation(
        method="POST",
        path="tax/rates",
        version="v3",
        result="many",
        model=TaxRate,
        body_type=list[RateCreateManyItem],
        envelope=True,
        operation_id="createTaxRates",
    )

    def create_many(
        self,
        body: list[RateCreateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[TaxRate]:
        """`POST /v3/tax/rates` (createTaxRates).

        Returns a list of `TaxRate` objects.

        Args:
            body: `list[RateCreateManyItem]`, the request body.
        """
        return self._call(
            self._op_create_many,
            "tax/rates",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="tax/rates",
        version="v3",
        result="nothing",
        query_type=V3TaxRatesDeleteAllQuery,
        operation_id="deleteTaxRates",
        filter_required=True,
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3TaxRatesDeleteAllQuery],
    ) -> None:
        """`DELETE /v3/tax/rates` (deleteTaxRates).

        Returns None (the answer has no body).

        Refused before sending without at least one query filter: unfiltered, it would delete every
        item.

        Args:
            query: the query parameters (`V3TaxRatesDeleteAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_delete_all,
            "tax/rates",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[TaxRate]]] = Operation(
        method="PUT",
        path="tax/rates",
        version="v3",
        result="many",
        model=TaxRate,
        body_type=list[RateUpdateManyItem],
        envelope=True,
        operation_id="updateTaxRates",
    )

    def update_many(
        self,
        body: list[RateUpdateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[TaxRate]:
        """`PUT /v3/tax/rates` (updateTaxRates).

        Returns a list of `TaxRate` objects.

        Args:
            body: `list[RateUpdateManyItem]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "tax/rates",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

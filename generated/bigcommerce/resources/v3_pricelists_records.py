# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `V3PricelistsRecords` resource (v3)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import Any, ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.not_found import NotFound
from ..models.pricelist_record import PricelistRecord
from ..models.pricelist_record_create_many_item import (
    PricelistRecordCreateManyItemCreate,
    PricelistRecordCreateManyItemUpdate,
)
from ..models.v3_pricelist_record_update import V3PricelistRecordUpdateUpdate


@with_config(REQUEST_CONFIG)
class V3PricelistsRecordsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    after: str
    before: str
    calculated_price: int | float
    calculated_price__max: int | float
    calculated_price__min: int | float
    currency: str
    currency__in: list[str]
    date_created: _dt.datetime | _dt.date | str
    date_created__max: str
    date_created__min: str
    date_modified: _dt.datetime | _dt.date | str
    date_modified__max: str
    date_modified__min: str
    include: list[Literal["bulk_pricing_tiers", "sku"]]
    limit: int
    map_price: int | float
    map_price__max: int | float
    map_price__min: int | float
    page: int
    price: int | float
    price__max: int | float
    price__min: int | float
    product_id__in: list[int]
    retail_price: int | float
    retail_price__max: int | float
    retail_price__min: int | float
    sale_price: int | float
    sale_price__max: int | float
    sale_price__min: int | float
    sku: str
    sku__in: list[str]
    variant_id__in: list[int]


@with_config(REQUEST_CONFIG)
class V3PricelistsRecordsDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    currency: str
    sku__in: list[str]
    variant_id__in: list[int]


@with_config(REQUEST_CONFIG)
class V3PricelistsRecordsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    after: str
    before: str
    include: list[Literal["bulk_pricing_tiers", "sku"]]
    limit: int
    page: int


@with_config(REQUEST_CONFIG)
class V3PricelistsRecordsGetPriceListRecordQuery(TypedDict, total=False):
    """Query parameters of `get_price_list_record`; `x__in` is sent as `x:in` (either spelling
    may be given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    include: list[Literal["bulk_pricing_tiers", "sku"]]


class V3PricelistsRecords(NodeResource):
    """`api.pricelists.records` (v3): all, iterall, create_many, delete, delete_all, get,
    get_price_list_record, update, upsert.
    """

    _op_all: ClassVar[Operation[list[PricelistRecord]]] = Operation(
        method="GET",
        path="pricelists/{price_list_id}/records",
        version="v3",
        result="many",
        model=PricelistRecord,
        query_type=V3PricelistsRecordsAllQuery,
        envelope=True,
        operation_id="getPriceListRecords",
    )

    def all(
        self,
        price_list_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PricelistsRecordsAllQuery],
    ) -> list[PricelistRecord]:
        """`GET /v3/pricelists/{price_list_id}/records` (getPriceListRecords)."""
        return self._call(
            self._op_all,
            f"pricelists/{segment(price_list_id)}/records",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[PricelistRecord]]] = Operation(
        method="GET",
        path="pricelists/{price_list_id}/records",
        version="v3",
        result="pages",
        model=PricelistRecord,
        query_type=V3PricelistsRecordsAllQuery,
        envelope=True,
        pagination="offset+cursor",
        operation_id="getPriceListRecords",
    )

    def iterall(
        self,
        price_list_id: int,
        /,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PricelistsRecordsAllQuery],
    ) -> Iterator[PricelistRecord]:
        """Every item of every page of `GET /v3/pricelists/{price_list_id}/records`
        (getPriceListRecords), one page in memory at a time. `prefetch=N` fetches up to N more
        pages ahead, in the background.
        """
        return self._call(
            self._op_iterall,
            f"pricelists/{segment(price_list_id)}/records",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="POST",
        path="pricelists/{price_list_id}/records",
        version="v3",
        result="value",
        model=dict[str, Any],
        body_type=list[PricelistRecordCreateManyItemCreate],
        envelope=True,
        batch_limit=100,
        operation_id="createPriceListRecords",
    )

    def create_many(
        self,
        body: list[PricelistRecordCreateManyItemCreate],
        /,
        *,
        price_list_id: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """`POST /v3/pricelists/{price_list_id}/records` (createPriceListRecords)."""
        return self._call(
            self._op_create_many,
            f"pricelists/{segment(price_list_id)}/records"
            if price_list_id is not None
            else "pricelists/records",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="pricelists/{price_list_id}/records/{variant_id}/{currency_code}",
        version="v3",
        result="nothing",
        operation_id="deletePriceListRecord",
    )

    def delete(
        self,
        price_list_id: int,
        variant_id: int,
        currency_code: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/pricelists/{price_list_id}/records/{variant_id}/{currency_code}`
        (deletePriceListRecord).
        """
        return self._call(
            self._op_delete,
            f"pricelists/{segment(price_list_id)}/records/{segment(variant_id)}/{segment(currency_code)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[NotFound]] = Operation(
        method="DELETE",
        path="pricelists/{price_list_id}/records",
        version="v3",
        result="one",
        model=NotFound,
        query_type=V3PricelistsRecordsDeleteAllQuery,
        operation_id="deletePriceListRecords",
    )

    def delete_all(
        self,
        price_list_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PricelistsRecordsDeleteAllQuery],
    ) -> NotFound:
        """`DELETE /v3/pricelists/{price_list_id}/records` (deletePriceListRecords)."""
        return self._call(
            self._op_delete_all,
            f"pricelists/{segment(price_list_id)}/records",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[list[PricelistRecord]]] = Operation(
        method="GET",
        path="pricelists/{price_list_id}/records/{variant_id}",
        version="v3",
        result="many",
        model=PricelistRecord,
        query_type=V3PricelistsRecordsGetQuery,
        envelope=True,
        operation_id="getPriceListRecordsByVariantId",
    )

    def get(
        self,
        price_list_id: int,
        variant_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PricelistsRecordsGetQuery],
    ) -> list[PricelistRecord]:
        """`GET /v3/pricelists/{price_list_id}/records/{variant_id}`
        (getPriceListRecordsByVariantId).
        """
        return self._call(
            self._op_get,
            f"pricelists/{segment(price_list_id)}/records/{segment(variant_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get_price_list_record: ClassVar[Operation[PricelistRecord]] = Operation(
        method="GET",
        path="pricelists/{price_list_id}/records/{variant_id}/{currency_code}",
        version="v3",
        result="one",
        model=PricelistRecord,
        query_type=V3PricelistsRecordsGetPriceListRecordQuery,
        envelope=True,
        operation_id="getPriceListRecord",
    )

    def get_price_list_record(
        self,
        price_list_id: int,
        variant_id: int,
        currency_code: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PricelistsRecordsGetPriceListRecordQuery],
    ) -> PricelistRecord:
        """`GET /v3/pricelists/{price_list_id}/records/{variant_id}/{currency_code}`
        (getPriceListRecord).
        """
        return self._call(
            self._op_get_price_list_record,
            f"pricelists/{segment(price_list_id)}/records/{segment(variant_id)}/{segment(currency_code)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[PricelistRecord]] = Operation(
        method="PUT",
        path="pricelists/{price_list_id}/records/{variant_id}/{currency_code}",
        version="v3",
        result="one",
        model=PricelistRecord,
        body_type=V3PricelistRecordUpdateUpdate,
        envelope=True,
        operation_id="setPriceListRecord",
    )

    def update(
        self,
        price_list_id: int,
        variant_id: int,
        currency_code: str,
        body: V3PricelistRecordUpdateUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> PricelistRecord:
        """`PUT /v3/pricelists/{price_list_id}/records/{variant_id}/{currency_code}`
        (setPriceListRecord).
        """
        return self._call(
            self._op_update,
            f"pricelists/{segment(price_list_id)}/records/{segment(variant_id)}/{segment(currency_code)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_upsert: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="PUT",
        path="pricelists/{price_list_id}/records",
        version="v3",
        result="value",
        model=dict[str, Any],
        body_type=list[PricelistRecordCreateManyItemUpdate],
        envelope=True,
        batch_limit=1000,
        operation_id="upsertPriceListRecords",
    )

    def upsert(
        self,
        body: list[PricelistRecordCreateManyItemUpdate],
        /,
        *,
        price_list_id: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """`PUT /v3/pricelists/{price_list_id}/records` (upsertPriceListRecords)."""
        return self._call(
            self._op_upsert,
            f"pricelists/{segment(price_list_id)}/records"
            if price_list_id is not None
            else "pricelists/records",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

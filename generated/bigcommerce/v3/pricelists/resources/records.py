# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `V3PricelistsRecords` resource (v3)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import Any, ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.not_found import NotFound
from ..models.price_list_record import PriceListRecord
from ..models.price_list_record_create_many_item import (
    PriceListRecordCreateManyItem,
    PriceListRecordUpdateManyItem,
)
from ..models.price_list_record_update import PriceListRecordUpdate
from ..models.price_record_batch_item import PriceRecordBatchItem, PriceRecordBatchItemUpdate


@with_config(REQUEST_CONFIG)
class V3PricelistsRecordsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    after: str
    before: str
    calculated_price: int | float
    calculated_price__max: int | float
    """Sent as `calculated_price:max`."""
    calculated_price__min: int | float
    """Sent as `calculated_price:min`."""
    currency: str
    currency__in: list[str]
    """Sent as `currency:in`."""
    date_created: _dt.datetime | _dt.date | str
    date_created__max: str
    """Sent as `date_created:max`."""
    date_created__min: str
    """Sent as `date_created:min`."""
    date_modified: _dt.datetime | _dt.date | str
    date_modified__max: str
    """Sent as `date_modified:max`."""
    date_modified__min: str
    """Sent as `date_modified:min`."""
    include: list[Literal["bulk_pricing_tiers", "sku"]]
    limit: int
    map_price: int | float
    map_price__max: int | float
    """Sent as `map_price:max`."""
    map_price__min: int | float
    """Sent as `map_price:min`."""
    page: int
    price: int | float
    price__max: int | float
    """Sent as `price:max`."""
    price__min: int | float
    """Sent as `price:min`."""
    product_id__in: list[int]
    """Sent as `product_id:in`."""
    retail_price: int | float
    retail_price__max: int | float
    """Sent as `retail_price:max`."""
    retail_price__min: int | float
    """Sent as `retail_price:min`."""
    sale_price: int | float
    sale_price__max: int | float
    """Sent as `sale_price:max`."""
    sale_price__min: int | float
    """Sent as `sale_price:min`."""
    sku: str
    sku__in: list[str]
    """Sent as `sku:in`."""
    variant_id__in: list[int]
    """Sent as `variant_id:in`."""


@with_config(REQUEST_CONFIG)
class V3PricelistsRecordsDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    currency: str
    sku__in: list[str]
    """Sent as `sku:in`."""
    variant_id__in: list[int]
    """Sent as `variant_id:in`."""


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
    """`api.pricelists.records` (v3): all, iterall, create_many, create_price_lists_records,
    delete, delete_all, get, get_price_list_record, update, upsert,
    upsert_price_lists_records.
    """

    _op_all: ClassVar[Operation[list[PriceListRecord]]] = Operation(
        method="GET",
        path="pricelists/{price_list_id}/records",
        version="v3",
        result="many",
        model=PriceListRecord,
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
    ) -> list[PriceListRecord]:
        """`GET /v3/pricelists/{price_list_id}/records` (getPriceListRecords).

        Returns one page of `PriceListRecord` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            price_list_id: `int`, the path's `{price_list_id}`.
            query: the query parameters (`V3PricelistsRecordsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            f"pricelists/{segment(price_list_id)}/records",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[PriceListRecord]]] = Operation(
        method="GET",
        path="pricelists/{price_list_id}/records",
        version="v3",
        result="pages",
        model=PriceListRecord,
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
    ) -> Iterator[PriceListRecord]:
        """`GET /v3/pricelists/{price_list_id}/records` (getPriceListRecords).

        Yields every `PriceListRecord` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            price_list_id: `int`, the path's `{price_list_id}`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3PricelistsRecordsAllQuery`); `x__in` is sent as
                `x:in`.
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
        body_type=list[PriceListRecordCreateManyItem],
        envelope=True,
        batch_limit=100,
        operation_id="createPriceListRecords",
    )

    def create_many(
        self,
        price_list_id: int,
        body: list[PriceListRecordCreateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """`POST /v3/pricelists/{price_list_id}/records` (createPriceListRecords).

        Returns `dict[str, Any]`.

        Sends at most 100 items a request: a longer list is sent in chunks of 100, one request after
        another.

        Args:
            price_list_id: `int`, the path's `{price_list_id}`.
            body: `list[PriceListRecordCreateManyItem]`, the request body; sent 100 items
                a request.
        """
        return self._call(
            self._op_create_many,
            f"pricelists/{segment(price_list_id)}/records",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_price_lists_records: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="POST",
        path="pricelists/records",
        version="v3",
        result="value",
        model=dict[str, Any],
        body_type=list[PriceRecordBatchItem],
        envelope=True,
        batch_limit=100,
        operation_id="createPriceListsRecords",
    )

    def create_price_lists_records(
        self,
        body: list[PriceRecordBatchItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """`POST /v3/pricelists/records` (createPriceListsRecords).

        Returns `dict[str, Any]`.

        Sends at most 100 items a request: a longer list is sent in chunks of 100, one request after
        another.

        Args:
            body: `list[PriceRecordBatchItem]`, the request body; sent 100 items a
                request.
        """
        return self._call(
            self._op_create_price_lists_records,
            "pricelists/records",
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

        Returns None (the answer has no body).

        Args:
            price_list_id: `int`, the path's `{price_list_id}`.
            variant_id: `int`, the path's `{variant_id}`.
            currency_code: `str`, the path's `{currency_code}`.
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
        """`DELETE /v3/pricelists/{price_list_id}/records` (deletePriceListRecords).

        Returns one `NotFound`.

        Args:
            price_list_id: `int`, the path's `{price_list_id}`.
            query: the query parameters (`V3PricelistsRecordsDeleteAllQuery`); `x__in` is sent
                as `x:in`.
        """
        return self._call(
            self._op_delete_all,
            f"pricelists/{segment(price_list_id)}/records",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[list[PriceListRecord]]] = Operation(
        method="GET",
        path="pricelists/{price_list_id}/records/{variant_id}",
        version="v3",
        result="many",
        model=PriceListRecord,
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
    ) -> list[PriceListRecord]:
        """`GET /v3/pricelists/{price_list_id}/records/{variant_id}`
        (getPriceListRecordsByVariantId).

        Returns one page of `PriceListRecord` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            price_list_id: `int`, the path's `{price_list_id}`.
            variant_id: `int`, the path's `{variant_id}`.
            query: the query parameters (`V3PricelistsRecordsGetQuery`).
        """
        return self._call(
            self._op_get,
            f"pricelists/{segment(price_list_id)}/records/{segment(variant_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get_price_list_record: ClassVar[Operation[PriceListRecord]] = Operation(
        method="GET",
        path="pricelists/{price_list_id}/records/{variant_id}/{currency_code}",
        version="v3",
        result="one",
        model=PriceListRecord,
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
    ) -> PriceListRecord:
        """`GET /v3/pricelists/{price_list_id}/records/{variant_id}/{currency_code}`
        (getPriceListRecord).

        Returns one `PriceListRecord`.

        Args:
            price_list_id: `int`, the path's `{price_list_id}`.
            variant_id: `int`, the path's `{variant_id}`.
            currency_code: `str`, the path's `{currency_code}`.
            query: the query parameters (`V3PricelistsRecordsGetPriceListRecordQuery`).
        """
        return self._call(
            self._op_get_price_list_record,
            f"pricelists/{segment(price_list_id)}/records/{segment(variant_id)}/{segment(currency_code)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[PriceListRecord]] = Operation(
        method="PUT",
        path="pricelists/{price_list_id}/records/{variant_id}/{currency_code}",
        version="v3",
        result="one",
        model=PriceListRecord,
        body_type=PriceListRecordUpdate,
        envelope=True,
        operation_id="setPriceListRecord",
    )

    def update(
        self,
        price_list_id: int,
        variant_id: int,
        currency_code: str,
        body: PriceListRecordUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> PriceListRecord:
        """`PUT /v3/pricelists/{price_list_id}/records/{variant_id}/{currency_code}`
        (setPriceListRecord).

        Returns one `PriceListRecord`.

        Args:
            price_list_id: `int`, the path's `{price_list_id}`.
            variant_id: `int`, the path's `{variant_id}`.
            currency_code: `str`, the path's `{currency_code}`.
            body: `PriceListRecordUpdate`, the request body.
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
        body_type=list[PriceListRecordUpdateManyItem],
        envelope=True,
        batch_limit=1000,
        operation_id="upsertPriceListRecords",
    )

    def upsert(
        self,
        price_list_id: int,
        body: list[PriceListRecordUpdateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """`PUT /v3/pricelists/{price_list_id}/records` (upsertPriceListRecords).

        Returns `dict[str, Any]`.

        Sends at most 1000 items a request: a longer list is sent in chunks of 1000, one request
        after another.

        Args:
            price_list_id: `int`, the path's `{price_list_id}`.
            body: `list[PriceListRecordUpdateManyItem]`, the request body; sent 1000 items
                a request.
        """
        return self._call(
            self._op_upsert,
            f"pricelists/{segment(price_list_id)}/records",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_upsert_price_lists_records: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="PUT",
        path="pricelists/records",
        version="v3",
        result="value",
        model=dict[str, Any],
        body_type=list[PriceRecordBatchItemUpdate],
        envelope=True,
        operation_id="upsertPriceListsRecords",
    )

    def upsert_price_lists_records(
        self,
        body: list[PriceRecordBatchItemUpdate],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """`PUT /v3/pricelists/records` (upsertPriceListsRecords).

        Returns `dict[str, Any]`.

        Args:
            body: `list[PriceRecordBatchItemUpdate]`, the request body.
        """
        return self._call(
            self._op_upsert_price_lists_records,
            "pricelists/records",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

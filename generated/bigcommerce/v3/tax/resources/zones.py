# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `V3TaxZones` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.tax_zone import TaxZone
from ..models.zone_create_many_item import ZoneCreateManyItem
from ..models.zone_update_many_item import ZoneUpdateManyItem


@with_config(REQUEST_CONFIG)
class V3TaxZonesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    id__in: list[int]
    """Sent as `id:in`."""


@with_config(REQUEST_CONFIG)
class V3TaxZonesDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    id__in: list[int]
    """Sent as `id:in`."""


class V3TaxZones(NodeResource):
    """`api.tax.zones` (v3): all, create_many, delete_all, update_many."""

    _op_all: ClassVar[Operation[list[TaxZone]]] = Operation(
        method="GET",
        path="tax/zones",
        version="v3",
        result="many",
        model=TaxZone,
        query_type=V3TaxZonesAllQuery,
        envelope=True,
        operation_id="getTaxZones",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3TaxZonesAllQuery],
    ) -> list[TaxZone]:
        """`GET /v3/tax/zones` (getTaxZones).

        Returns a list of `TaxZone` objects.

        Args:
            query: the query parameters (`V3TaxZonesAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_all,
            "tax/zones",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[TaxZone]]] = Operation(
        method="POST",
        path="tax/zones",
        version="v3",
        result="many",
        model=TaxZone,
        body_type=list[ZoneCreateManyItem],
        envelope=True,
        operation_id="createTaxZones",
    )

    def create_many(
        self,
        body: list[ZoneCreateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[TaxZone]:
        """`POST /v3/tax/zones` (createTaxZones).

        Returns a list of `TaxZone` objects.

        Args:
            body: `list[ZoneCreateManyItem]`, the request body.
        """
        return self._call(
            self._op_create_many,
            "tax/zones",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="tax/zones",
        version="v3",
        result="nothing",
        query_type=V3TaxZonesDeleteAllQuery,
        operation_id="deleteTaxZones",
        filter_required=True,
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3TaxZonesDeleteAllQuery],
    ) -> None:
        """`DELETE /v3/tax/zones` (deleteTaxZones).

        Returns None (the answer has no body).

        Refused before sending without at least one query filter: unfiltered, it would delete every
        item.

        Args:
            query: the query parameters (`V3TaxZonesDeleteAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_delete_all,
            "tax/zones",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[TaxZone]]] = Operation(
        method="PUT",
        path="tax/zones",
        version="v3",
        result="many",
        model=TaxZone,
        body_type=list[ZoneUpdateManyItem],
        envelope=True,
        operation_id="updateTaxZones",
    )

    def update_many(
        self,
        body: list[ZoneUpdateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[TaxZone]:
        """`PUT /v3/tax/zones` (updateTaxZones).

        Returns a list of `TaxZone` objects.

        Args:
            body: `list[ZoneUpdateManyItem]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "tax/zones",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `V3Tax` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.tax_class_batch_post_item import TaxClassBatchPostItem
from ..models.tax_class_resource import TaxClassResource
from ..models.tax_zone import TaxZone
from ..models.tax_zonecheck_item import TaxZonecheckItem

if TYPE_CHECKING:
    from .classes import V3TaxClasses
    from .customers import V3TaxCustomers
    from .products import V3TaxProducts
    from .properties import V3TaxProperties
    from .providers import V3TaxProviders
    from .rates import V3TaxRates
    from .settings import V3TaxSettings
    from .zones import V3TaxZones


class V3Tax(NodeResource):
    """`api.tax` (v3): tax_class_batch_post, zonecheck."""

    @cached_property
    def classes(self) -> V3TaxClasses:
        from .classes import V3TaxClasses

        return V3TaxClasses(self._connection)

    @cached_property
    def customers(self) -> V3TaxCustomers:
        from .customers import V3TaxCustomers

        return V3TaxCustomers(self._connection)

    @cached_property
    def products(self) -> V3TaxProducts:
        from .products import V3TaxProducts

        return V3TaxProducts(self._connection)

    @cached_property
    def properties(self) -> V3TaxProperties:
        from .properties import V3TaxProperties

        return V3TaxProperties(self._connection)

    @cached_property
    def providers(self) -> V3TaxProviders:
        from .providers import V3TaxProviders

        return V3TaxProviders(self._connection)

    @cached_property
    def rates(self) -> V3TaxRates:
        from .rates import V3TaxRates

        return V3TaxRates(self._connection)

    @cached_property
    def settings(self) -> V3TaxSettings:
        from .settings import V3TaxSettings

        return V3TaxSettings(self._connection)

    @cached_property
    def zones(self) -> V3TaxZones:
        from .zones import V3TaxZones

        return V3TaxZones(self._connection)

    _op_tax_class_batch_post: ClassVar[Operation[list[TaxClassResource]]] = Operation(
        method="POST",
        path="tax/classes",
        version="v3",
        result="many",
        model=TaxClassResource,
        body_type=list[TaxClassBatchPostItem],
        envelope=True,
        batch_limit=50,
        operation_id="taxClassBatchPost",
    )

    def tax_class_batch_post(
        self,
        body: list[TaxClassBatchPostItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[TaxClassResource]:
        """`POST /v3/tax/classes` (taxClassBatchPost).

        Returns a list of `TaxClassResource` objects.

        Sends at most 50 items a request: a longer list is sent in chunks of 50, one request after
        another.

        Args:
            body: `list[TaxClassBatchPostItem]`, the request body; sent 50 items a
                request.
        """
        return self._call(
            self._op_tax_class_batch_post,
            "tax/classes",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_zonecheck: ClassVar[Operation[list[TaxZone]]] = Operation(
        method="POST",
        path="tax/zonecheck",
        version="v3",
        result="many",
        model=TaxZone,
        body_type=list[TaxZonecheckItem],
        envelope=True,
        operation_id="zone-check",
    )

    def zonecheck(
        self,
        body: list[TaxZonecheckItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[TaxZone]:
        """`POST /v3/tax/zonecheck` (zone-check).

        Returns a list of `TaxZone` objects.

        Args:
            body: `list[TaxZonecheckItem]`, the request body.
        """
        return self._call(
            self._op_zonecheck,
            "tax/zonecheck",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V3Orders` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .metafields import V3OrdersMetafields
    from .payment_actions import V3OrdersPaymentActions
    from .pickups import V3OrdersPickups
    from .settings import V3OrdersSettings
    from .transactions import V3OrdersTransactions


class V3Orders(NodeResource):
    """`api.orders` (v3): a namespace."""

    @cached_property
    def metafields(self) -> V3OrdersMetafields:
        from .metafields import V3OrdersMetafields

        return V3OrdersMetafields(self._connection)

    @cached_property
    def payment_actions(self) -> V3OrdersPaymentActions:
        from .payment_actions import V3OrdersPaymentActions

        return V3OrdersPaymentActions(self._connection)

    @cached_property
    def pickups(self) -> V3OrdersPickups:
        from .pickups import V3OrdersPickups

        return V3OrdersPickups(self._connection)

    @cached_property
    def settings(self) -> V3OrdersSettings:
        from .settings import V3OrdersSettings

        return V3OrdersSettings(self._connection)

    @cached_property
    def transactions(self) -> V3OrdersTransactions:
        from .transactions import V3OrdersTransactions

        return V3OrdersTransactions(self._connection)

# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V3Payments` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._operation import NodeResource

if TYPE_CHECKING:
    from .v3_payments_access_tokens import V3PaymentsAccessTokens
    from .v3_payments_methods import V3PaymentsMethods


class V3Payments(NodeResource):
    """`api.payments` (v3): a namespace."""

    @cached_property
    def access_tokens(self) -> V3PaymentsAccessTokens:
        from .v3_payments_access_tokens import V3PaymentsAccessTokens

        return V3PaymentsAccessTokens(self._connection)

    @cached_property
    def methods(self) -> V3PaymentsMethods:
        from .v3_payments_methods import V3PaymentsMethods

        return V3PaymentsMethods(self._connection)

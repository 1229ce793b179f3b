# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `V3CheckoutsBillingAddress` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.checkout import Checkout
from ..models.checkout_billing_address_create import (
    CheckoutBillingAddressCreate,
    CheckoutBillingAddressUpdate,
)


class V3CheckoutsBillingAddress(NodeResource):
    """`api.checkouts.billing_address` (v3): create, update."""

    _op_create: ClassVar[Operation[Checkout]] = Operation(
        method="POST",
        path="checkouts/{checkout_id}/billing-address",
        version="v3",
        result="one",
        model=Checkout,
        body_type=CheckoutBillingAddressCreate,
        envelope=True,
        operation_id="addCheckoutBillingAddress",
    )

    def create(
        self,
        checkout_id: str,
        body: CheckoutBillingAddressCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Checkout:
        """`POST /v3/checkouts/{checkout_id}/billing-address` (addCheckoutBillingAddress).

        Returns one `Checkout`.

        Args:
            checkout_id: `str`, the path's `{checkout_id}`.
            body: `CheckoutBillingAddressCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"checkouts/{segment(checkout_id)}/billing-address",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Checkout]] = Operation(
        method="PUT",
        path="checkouts/{checkout_id}/billing-address/{address_id}",
        version="v3",
        result="one",
        model=Checkout,
        body_type=CheckoutBillingAddressUpdate,
        envelope=True,
        operation_id="updateCheckoutBillingAddress",
    )

    def update(
        self,
        checkout_id: str,
        address_id: int,
        body: CheckoutBillingAddressUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Checkout:
        """`PUT /v3/checkouts/{checkout_id}/billing-address/{address_id}`
        (updateCheckoutBillingAddress).

        Returns one `Checkout`.

        Args:
            checkout_id: `str`, the path's `{checkout_id}`.
            address_id: `int`, the path's `{address_id}`.
            body: `CheckoutBillingAddressUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"checkouts/{segment(checkout_id)}/billing-address/{segment(address_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `V3CheckoutsBillingAddress` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.address_properties import AddressPropertiesCreate, AddressPropertiesUpdate
from ..models.checkout import Checkout


class V3CheckoutsBillingAddress(NodeResource):
    """`api.checkouts.billing_address` (v3): create, update."""

    _version = "v3"

    def create(self, checkout_id: str, body: AddressPropertiesCreate, /) -> Checkout:
        """`POST /v3/checkouts/{checkout_id}/billing-address` (addCheckoutBillingAddress)."""
        return self._one(
            Checkout,
            "POST",
            f"checkouts/{segment(checkout_id)}/billing-address",
            {},
            None,
            body=body,
            body_type=AddressPropertiesCreate,
            envelope=True,
        )

    def update(
        self, checkout_id: str, address_id: int, body: AddressPropertiesUpdate, /
    ) -> Checkout:
        """`PUT /v3/checkouts/{checkout_id}/billing-address/{address_id}`
        (updateCheckoutBillingAddress).
        """
        return self._one(
            Checkout,
            "PUT",
            f"checkouts/{segment(checkout_id)}/billing-address/{segment(address_id)}",
            {},
            None,
            body=body,
            body_type=AddressPropertiesUpdate,
            envelope=True,
        )

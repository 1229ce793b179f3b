# Generated from spec/v2/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerAddress` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel


class CustomerAddress(ApiModel):
    """`CustomerAddress`: an object of the v2 `CustomerAddresses` resource. Every field but `id`
    is optional; unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    customer_id: int | None = None
    """Read-only: set by the API, never sent."""
    first_name: str | None = None
    """Required to create."""
    last_name: str | None = None
    """Required to create."""
    company: str | None = None
    street_1: str | None = None
    """Required to create."""
    street_2: str | None = None
    city: str | None = None
    """Required to create."""
    state: str | None = None
    """Required to create."""
    zip: str | None = None
    """Required to create."""
    country: str | None = None
    """Required to create."""
    country_iso2: str | None = None
    """Read-only: set by the API, never sent."""
    phone: str | None = None
    """Required to create."""
    address_type: str | None = None
    """One of: `'residential'`, `'commercial'`."""

    def update(self, **fields: Unpack[CustomerAddressUpdate]) -> CustomerAddress:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.customer_addresses import CustomerAddresses

        return self._resource(CustomerAddresses).update(
            self._parent("customer_id"), self._own_id(), **fields
        )

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.customer_addresses import CustomerAddresses

        return self._resource(CustomerAddresses).delete(self._parent("customer_id"), self._own_id())


@with_config(REQUEST_CONFIG)
class CustomerAddressCreate(TypedDict, total=False):
    """The fields to create a `CustomerAddress` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    first_name: Required[str]
    last_name: Required[str]
    company: str
    street_1: Required[str]
    street_2: str
    city: Required[str]
    state: Required[str]
    zip: Required[str]
    country: Required[str]
    phone: Required[str]
    address_type: Literal["residential", "commercial"]


@with_config(REQUEST_CONFIG)
class CustomerAddressUpdate(TypedDict, total=False):
    """The fields to update a `CustomerAddress` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    first_name: str
    last_name: str
    company: str
    street_1: str
    street_2: str
    city: str
    state: str
    zip: str
    country: str
    phone: str
    address_type: Literal["residential", "commercial"]

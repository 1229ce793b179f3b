# Generated from spec/v2/customers.yaml by codegen (`make generate`); do not edit.
"""The `Customer` model and the bodies of its create and update calls."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, overload

from pydantic import Field, with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel
from .._query import Id
from .customer_authentication import (
    CustomerAuthentication,
    CustomerAuthenticationCreate,
    CustomerAuthenticationUpdate,
)
from .form_field import FormField
from .resource_link import ResourceLink

if TYPE_CHECKING:
    from .customer_address import CustomerAddress


class Customer(ApiModel):
    """`Customer`: an object of the v2 `Customers` resource. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    authentication: CustomerAuthentication | None = Field(default=None, alias="_authentication")
    company: str | None = None
    first_name: str | None = None
    """Required to create."""
    last_name: str | None = None
    """Required to create."""
    email: str | None = None
    """Required to create."""
    phone: str | None = None
    date_created: str | None = None
    """Read-only: set by the API, never sent."""
    date_modified: str | None = None
    """Read-only: set by the API, never sent."""
    store_credit: str | None = None
    registration_ip_address: str | None = None
    customer_group_id: int | None = None
    notes: str | None = None
    tax_exempt_category: str | None = None
    accepts_marketing: bool | None = None
    """Read-only: set by the API, never sent."""
    reset_pass_on_login: bool | None = None
    addresses_: ResourceLink | None = Field(default=None, alias="addresses")
    """Read-only: set by the API, never sent."""
    form_fields: list[FormField] | None = None
    """Read-only: set by the API, never sent."""

    def update(self, **fields: Unpack[CustomerUpdate]) -> Customer:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.customers import Customers

        return self._resource(Customers).update(self._own_id(), **fields)

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.customers import Customers

        return self._resource(Customers).delete(self._own_id())

    @overload
    def addresses(self) -> list[CustomerAddress]: ...
    @overload
    def addresses(self, id: Id) -> CustomerAddress: ...
    def addresses(self, id: Id | None = None) -> list[CustomerAddress] | CustomerAddress:
        """This object's `CustomerAddresses`: one page of them, or the one with `id`."""
        from ..resources.customer_addresses import CustomerAddresses

        resource = self._sibling(CustomerAddresses)
        return resource.all(self._own_id()) if id is None else resource.get(self._own_id(), id)


@with_config(REQUEST_CONFIG)
class CustomerCreate(TypedDict, total=False):
    """The fields to create a `Customer` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    _authentication: CustomerAuthenticationCreate
    company: str
    first_name: Required[str]
    last_name: Required[str]
    email: Required[str]
    phone: str
    store_credit: Decimal | float | int | str
    registration_ip_address: str
    customer_group_id: int
    notes: str
    tax_exempt_category: str
    reset_pass_on_login: bool


@with_config(REQUEST_CONFIG)
class CustomerUpdate(TypedDict, total=False):
    """The fields to update a `Customer` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    _authentication: CustomerAuthenticationUpdate
    company: str
    first_name: str
    last_name: str
    email: str
    phone: str
    store_credit: Decimal | float | int | str
    registration_ip_address: str
    customer_group_id: int
    notes: str
    tax_exempt_category: str
    reset_pass_on_login: bool

# Generated from spec/v2/customer_groups.yaml by codegen (`make generate`); do not edit.
"""The `CustomerGroup` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel
from .customer_group_category_access import (
    CustomerGroupCategoryAccess,
    CustomerGroupCategoryAccessCreate,
    CustomerGroupCategoryAccessUpdate,
)
from .customer_group_discount_rule import (
    CustomerGroupDiscountRule,
    CustomerGroupDiscountRuleCreate,
    CustomerGroupDiscountRuleUpdate,
)


class CustomerGroup(ApiModel):
    """`CustomerGroup`: an object of the v2 `CustomerGroups` resource. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    name: str | None = None
    """Required to create."""
    is_default: bool | None = None
    is_group_for_guests: bool | None = None
    category_access: CustomerGroupCategoryAccess | None = None
    discount_rules: list[CustomerGroupDiscountRule] | None = None
    date_created: str | None = None
    """Read-only: set by the API, never sent."""
    date_modified: str | None = None
    """Read-only: set by the API, never sent."""

    def update(self, **fields: Unpack[CustomerGroupUpdate]) -> CustomerGroup:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.customer_groups import CustomerGroups

        return self._resource(CustomerGroups).update(self._own_id(), **fields)

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.customer_groups import CustomerGroups

        return self._resource(CustomerGroups).delete(self._own_id())


@with_config(REQUEST_CONFIG)
class CustomerGroupCreate(TypedDict, total=False):
    """The fields to create a `CustomerGroup` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    name: Required[str]
    is_default: bool
    is_group_for_guests: bool
    category_access: CustomerGroupCategoryAccessCreate
    discount_rules: list[CustomerGroupDiscountRuleCreate]


@with_config(REQUEST_CONFIG)
class CustomerGroupUpdate(TypedDict, total=False):
    """The fields to update a `CustomerGroup` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    name: str
    is_default: bool
    is_group_for_guests: bool
    category_access: CustomerGroupCategoryAccessUpdate
    discount_rules: list[CustomerGroupDiscountRuleUpdate]

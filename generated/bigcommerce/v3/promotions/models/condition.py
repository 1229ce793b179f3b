# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `Condition` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import Field, with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .cart_condition import CartCondition, CartConditionCreate, CartConditionUpdate
from .cart_condition_cart import CartConditionCart, CartConditionCartCreate, CartConditionCartUpdate


class Condition(ApiModel):
    """`Condition`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    cart: CartConditionCart | None = None
    and_: list[CartCondition] | None = Field(default=None, alias="and")


ConditionCreate = TypedDict(
    "ConditionCreate",
    {
        "cart": CartConditionCartCreate,
        "and": list[CartConditionCreate],
    },
    total=False,
)
"""The fields to create a `Condition` with; unknown keys are sent as given, with an
`UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(ConditionCreate)


ConditionUpdate = TypedDict(
    "ConditionUpdate",
    {
        "cart": CartConditionCartUpdate,
        "and": list[CartConditionUpdate],
    },
    total=False,
)
"""The fields to update a `Condition` with; unknown keys are sent as given, with an
`UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(ConditionUpdate)

# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `CartCondition` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .cart_condition_cart import CartConditionCart, CartConditionCartCreate, CartConditionCartUpdate


class CartCondition(ApiModel):
    """`CartCondition`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    cart: CartConditionCart | None = None


@with_config(REQUEST_CONFIG)
class CartConditionCreate(TypedDict, total=False):
    """The fields to create a `CartCondition` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    cart: CartConditionCartCreate


@with_config(REQUEST_CONFIG)
class CartConditionUpdate(TypedDict, total=False):
    """The fields to update a `CartCondition` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    cart: CartConditionCartUpdate

# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `AddCheckoutDiscountRequest` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .add_checkout_discount_request_cart import (
    AddCheckoutDiscountRequestCart,
    AddCheckoutDiscountRequestCartCreate,
)


class AddCheckoutDiscountRequest(ApiModel):
    """`AddCheckoutDiscountRequest`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    cart: AddCheckoutDiscountRequestCart | None = None


@with_config(REQUEST_CONFIG)
class AddCheckoutDiscountRequestCreate(TypedDict, total=False):
    """The fields to create a `AddCheckoutDiscountRequest` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    cart: AddCheckoutDiscountRequestCartCreate

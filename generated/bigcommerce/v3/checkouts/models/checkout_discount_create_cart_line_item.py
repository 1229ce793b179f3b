# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutDiscountCreateCartLineItem` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CheckoutDiscountCreateCartLineItem(ApiModel):
    """`CheckoutDiscountCreateCartLineItem`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    id: str | None = None
    discounted_amount: int | float | None = None


@with_config(REQUEST_CONFIG)
class CheckoutDiscountCreateCartLineItemCreate(TypedDict, total=False):
    """The fields to create a `CheckoutDiscountCreateCartLineItem` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    id: str
    discounted_amount: int | float

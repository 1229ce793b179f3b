# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutConsignmentUpdateCustomShipping` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CheckoutConsignmentUpdateCustomShipping(ApiModel):
    """`CheckoutConsignmentUpdateCustomShipping`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    price: int | float | None = None
    description: str | None = None


@with_config(REQUEST_CONFIG)
class CheckoutConsignmentUpdateCustomShippingUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutConsignmentUpdateCustomShipping` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`.
    """

    price: int | float
    description: str

# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCreateManyItemPickupOption` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CheckoutCreateManyItemPickupOption(ApiModel):
    """`CheckoutCreateManyItemPickupOption`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    pickup_method_id: int | None = None


@with_config(REQUEST_CONFIG)
class CheckoutCreateManyItemPickupOptionCreate(TypedDict, total=False):
    """The fields to create a `CheckoutCreateManyItemPickupOption` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    pickup_method_id: int


@with_config(REQUEST_CONFIG)
class CheckoutCreateManyItemPickupOptionUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutCreateManyItemPickupOption` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    pickup_method_id: int

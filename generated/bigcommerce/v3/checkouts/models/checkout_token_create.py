# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `V3CheckoutTokenCreate` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class V3CheckoutTokenCreate(ApiModel):
    """`V3CheckoutTokenCreate`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    maxUses: int | float | None = None
    ttl: int | float | None = None
    """From 1 to 2592000."""


@with_config(REQUEST_CONFIG)
class CheckoutTokenCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    maxUses: int | float
    ttl: int | float
    """From 1 to 2592000."""

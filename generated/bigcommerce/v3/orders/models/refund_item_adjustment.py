# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `RefundItemAdjustment` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class RefundItemAdjustment(ApiModel):
    """`RefundItemAdjustment`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    amount: int | float | None = None
    """At most 0."""
    description: str | None = None
    """At most 255 characters."""


@with_config(REQUEST_CONFIG)
class RefundItemAdjustmentCreate(TypedDict, total=False):
    """The fields to create a `RefundItemAdjustment` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    amount: int | float
    """At most 0."""
    description: str
    """At most 255 characters."""

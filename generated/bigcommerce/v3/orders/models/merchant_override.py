# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `MerchantOverride` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class MerchantOverride(ApiModel):
    """`MerchantOverride`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    total_amount: int | float | None = None
    """Required to create and update."""
    total_tax: int | float | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class MerchantOverrideCreate(TypedDict, total=False):
    """The fields to create a `MerchantOverride` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    total_amount: Required[int | float]
    total_tax: Required[int | float]

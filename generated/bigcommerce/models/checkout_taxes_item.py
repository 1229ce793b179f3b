# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutTaxesItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CheckoutTaxesItem(ApiModel):
    """`CheckoutTaxesItem`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    name: str | None = None
    amount: float | None = None


@with_config(REQUEST_CONFIG)
class CheckoutTaxesItemCreate(TypedDict, total=False):
    """The fields to create a `CheckoutTaxesItem` with; unknown keys are refused."""

    name: str
    amount: float


@with_config(REQUEST_CONFIG)
class CheckoutTaxesItemUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutTaxesItem` with; unknown keys are refused."""

    name: str
    amount: float

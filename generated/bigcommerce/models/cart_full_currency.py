# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartFullCurrency` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CartFullCurrency(ApiModel):
    """`CartFullCurrency`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    code: str | None = None


@with_config(REQUEST_CONFIG)
class CartFullCurrencyCreate(TypedDict, total=False):
    """The fields to create a `CartFullCurrency` with; unknown keys are refused."""

    code: str


@with_config(REQUEST_CONFIG)
class CartFullCurrencyUpdate(TypedDict, total=False):
    """The fields to update a `CartFullCurrency` with; unknown keys are refused."""

    code: str

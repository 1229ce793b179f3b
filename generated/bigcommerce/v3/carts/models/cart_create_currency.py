# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartCreateCurrency` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CartCreateCurrency(ApiModel):
    """`CartCreateCurrency`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    code: str | None = None


@with_config(REQUEST_CONFIG)
class CartCreateCurrencyCreate(TypedDict, total=False):
    """The fields to create a `CartCreateCurrency` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    code: str

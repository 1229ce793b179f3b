# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductSkuOption` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ProductSkuOption(ApiModel):
    """`ProductSkuOption`: an object of the v2 API. Every field is optional; unknown fields are
    kept.
    """

    product_option_id: int | None = None
    """Required to create."""
    option_value_id: int | None = None
    """Required to create."""


@with_config(REQUEST_CONFIG)
class ProductSkuOptionCreate(TypedDict, total=False):
    """The fields to create a `ProductSkuOption` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    product_option_id: Required[int]
    option_value_id: Required[int]


@with_config(REQUEST_CONFIG)
class ProductSkuOptionUpdate(TypedDict, total=False):
    """The fields to update a `ProductSkuOption` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    product_option_id: int
    option_value_id: int

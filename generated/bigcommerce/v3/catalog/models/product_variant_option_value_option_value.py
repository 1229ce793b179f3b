# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductVariantOptionValueOptionValue` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ProductVariantOptionValueOptionValue(ApiModel):
    """`ProductVariantOptionValueOptionValue`: an object of the v3 API. Every field but `id` is
    optional; unknown fields are kept.
    """

    option_display_name: str | None = None
    """Required to create. From 1 to 255 characters."""
    label: str | None = None
    """Required to create. From 1 to 255 characters."""
    id: int
    option_id: int | None = None


@with_config(REQUEST_CONFIG)
class ProductVariantOptionValueOptionValueCreate(TypedDict, total=False):
    """The fields to create a `ProductVariantOptionValueOptionValue` with; unknown keys are sent
    as given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the
    documents require.
    """

    option_display_name: Required[str]
    """From 1 to 255 characters."""
    label: Required[str]
    """From 1 to 255 characters."""
    id: int
    option_id: int

# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductVariantOptionValue` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ProductVariantOptionValue(ApiModel):
    """`ProductVariantOptionValue`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    label: str | None = None
    """Required to create and update. From 1 to 255 characters."""
    option_id: int | None = None
    option_display_name: str | None = None
    """Required to create. From 1 to 255 characters."""


@with_config(REQUEST_CONFIG)
class ProductVariantOptionValueCreate(TypedDict, total=False):
    """The fields to create a `ProductVariantOptionValue` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    id: int
    label: Required[str]
    """From 1 to 255 characters."""
    option_id: int
    option_display_name: Required[str]
    """From 1 to 255 characters."""

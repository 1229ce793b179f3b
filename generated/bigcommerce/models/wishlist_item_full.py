# Generated from spec/imported/v3/wishlists.yaml by codegen (`make generate`); do not edit.
"""The `WishlistItemFull` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class WishlistItemFull(ApiModel):
    """`WishlistItemFull`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    id: int | None = None
    product_id: int | None = None
    variant_id: int | None = None


@with_config(REQUEST_CONFIG)
class WishlistItemFullCreate(TypedDict, total=False):
    """The fields to create a `WishlistItemFull` with; unknown keys are refused."""

    id: int
    product_id: int
    variant_id: int


@with_config(REQUEST_CONFIG)
class WishlistItemFullUpdate(TypedDict, total=False):
    """The fields to update a `WishlistItemFull` with; unknown keys are refused."""

    id: int
    product_id: int
    variant_id: int

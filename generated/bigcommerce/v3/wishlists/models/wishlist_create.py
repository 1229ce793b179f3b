# Generated from spec/imported/v3/wishlists.yaml by codegen (`make generate`); do not edit.
"""The `V3WishlistCreate` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .wishlist_item_create_item import WishlistItemCreateItem, WishlistItemCreateItemCreate


class V3WishlistCreate(ApiModel):
    """`V3WishlistCreate`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    customer_id: int | None = None
    """Required to create and update."""
    is_public: bool | None = None
    name: str | None = None
    items: list[WishlistItemCreateItem] | None = None


@with_config(REQUEST_CONFIG)
class WishlistCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    customer_id: Required[int]
    is_public: bool
    name: str
    items: list[WishlistItemCreateItemCreate]

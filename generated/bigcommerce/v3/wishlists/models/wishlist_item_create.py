# Generated from spec/imported/v3/wishlists.yaml by codegen (`make generate`); do not edit.
"""The `V3WishlistItemCreate` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .wishlist_item_create_item import WishlistItemCreateItem, WishlistItemCreateItemCreate


class V3WishlistItemCreate(ApiModel):
    """`V3WishlistItemCreate`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    items: list[WishlistItemCreateItem] | None = None


@with_config(REQUEST_CONFIG)
class WishlistItemCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    items: list[WishlistItemCreateItemCreate]

# Generated from spec/imported/v3/wishlists.yaml by codegen (`make generate`); do not edit.
"""The `WishlistItemPost` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .wishlist_item_post_items_item import (
    WishlistItemPostItemsItem,
    WishlistItemPostItemsItemCreate,
)


class WishlistItemPost(ApiModel):
    """`WishlistItemPost`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    items: list[WishlistItemPostItemsItem] | None = None


@with_config(REQUEST_CONFIG)
class WishlistItemPostCreate(TypedDict, total=False):
    """The fields to create a `WishlistItemPost` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    items: list[WishlistItemPostItemsItemCreate]

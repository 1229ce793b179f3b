# Generated from spec/imported/v3/wishlists.yaml by codegen (`make generate`); do not edit.
"""The `V3WishlistUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .wishlist_update_item import WishlistUpdateItem, WishlistUpdateItemUpdate


class V3WishlistUpdate(ApiModel):
    """`V3WishlistUpdate`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    customer_id: int | None = None
    """Required to create and update."""
    is_public: bool | None = None
    name: str | None = None
    items: list[WishlistUpdateItem] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class WishlistUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    customer_id: Required[int]
    is_public: bool
    name: str
    items: Required[list[WishlistUpdateItemUpdate]]

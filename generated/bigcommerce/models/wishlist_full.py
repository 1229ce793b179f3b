# Generated from spec/imported/v3/wishlists.yaml by codegen (`make generate`); do not edit.
"""The `WishlistFull` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .wishlist_item_full import WishlistItemFull, WishlistItemFullCreate, WishlistItemFullUpdate


class WishlistFull(ApiModel):
    """`WishlistFull`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    id: int | None = None
    customer_id: int | None = None
    name: str | None = None
    is_public: bool | None = None
    token: str | None = None
    items: list[WishlistItemFull] | None = None


@with_config(REQUEST_CONFIG)
class WishlistFullCreate(TypedDict, total=False):
    """The fields to create a `WishlistFull` with; unknown keys are refused."""

    id: int
    customer_id: int
    name: str
    is_public: bool
    token: str
    items: list[WishlistItemFullCreate]


@with_config(REQUEST_CONFIG)
class WishlistFullUpdate(TypedDict, total=False):
    """The fields to update a `WishlistFull` with; unknown keys are refused."""

    id: int
    customer_id: int
    name: str
    is_public: bool
    token: str
    items: list[WishlistItemFullUpdate]

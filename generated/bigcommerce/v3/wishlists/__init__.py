# Generated from spec/imported/v3/wishlists.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `wishlists` models, loaded on first use: `from bigcommerce.v3.wishlists import
Wishlist`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models.wishlist import Wishlist
    from .models.wishlist_create import WishlistCreate
    from .models.wishlist_item import WishlistItem
    from .models.wishlist_item_create import WishlistItemCreate
    from .models.wishlist_item_create_item import WishlistItemCreateItem
    from .models.wishlist_update import WishlistUpdate
    from .models.wishlist_update_item import WishlistUpdateItem

#: public name -> (model module, its name there)
_EXPORTS = {
    "Wishlist": (".models.wishlist", "Wishlist"),
    "WishlistCreate": (".models.wishlist_create", "WishlistCreate"),
    "WishlistItem": (".models.wishlist_item", "WishlistItem"),
    "WishlistItemCreate": (".models.wishlist_item_create", "WishlistItemCreate"),
    "WishlistItemCreateItem": (".models.wishlist_item_create_item", "WishlistItemCreateItem"),
    "WishlistUpdate": (".models.wishlist_update", "WishlistUpdate"),
    "WishlistUpdateItem": (".models.wishlist_update_item", "WishlistUpdateItem"),
}

__all__ = [
    "Wishlist",
    "WishlistCreate",
    "WishlistItem",
    "WishlistItemCreate",
    "WishlistItemCreateItem",
    "WishlistUpdate",
    "WishlistUpdateItem",
]


def __getattr__(name: str) -> Any:
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0], __name__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)

# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `Item` model."""

from __future__ import annotations

from ...._model import ApiModel
from .item_identity import ItemIdentity
from .item_location import ItemLocation


class Item(ApiModel):
    """`Item`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.inventory.items`: `all`.
    """

    identity: ItemIdentity | None = None
    locations: list[ItemLocation] | None = None

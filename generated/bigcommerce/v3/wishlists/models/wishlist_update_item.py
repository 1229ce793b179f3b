# Generated from spec/imported/v3/wishlists.yaml by codegen (`make generate`); do not edit.
"""The `WishlistUpdateItem` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class WishlistUpdateItem(ApiModel):
    """`WishlistUpdateItem`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    product_id: int | None = None
    variant_id: int | None = None


@with_config(REQUEST_CONFIG)
class WishlistUpdateItemUpdate(TypedDict, total=False):
    """The fields to update a `WishlistUpdateItem` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    id: int
    product_id: int
    variant_id: int

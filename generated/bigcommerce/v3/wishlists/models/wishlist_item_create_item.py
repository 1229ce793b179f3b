# Generated from spec/imported/v3/wishlists.yaml by codegen (`make generate`); do not edit.
"""The `WishlistItemCreateItem` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class WishlistItemCreateItem(ApiModel):
    """`WishlistItemCreateItem`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    product_id: int | None = None
    variant_id: int | None = None


@with_config(REQUEST_CONFIG)
class WishlistItemCreateItemCreate(TypedDict, total=False):
    """The fields to create a `WishlistItemCreateItem` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    product_id: int
    variant_id: int

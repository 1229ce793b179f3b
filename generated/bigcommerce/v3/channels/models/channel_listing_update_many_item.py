# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `ChannelListingUpdateManyItemModel` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .channel_product_variant_partial import (
    ChannelProductVariantPartial,
    ChannelProductVariantPartialUpdate,
)


class ChannelListingUpdateManyItemModel(ApiModel):
    """`ChannelListingUpdateManyItemModel`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    listing_id: int | None = None
    """Required to create and update. At least 1."""
    product_id: int | None = None
    """Required to create and update."""
    external_id: str | None = None
    state: str | None = None
    """Required to create and update. One of: `'active'`, `'disabled'`, `'error'`, `'pending'`,
    `'pending_disable'`, `'pending_delete'`, `'partially_rejected'`, `'queued'`, `'rejected'`,
    `'submitted'`, `'deleted'`.
    """
    name: str | None = None
    description: str | None = None
    variants: list[ChannelProductVariantPartial] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class ChannelListingUpdateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    listing_id: Required[int]
    """At least 1."""
    product_id: Required[int]
    external_id: str
    state: Required[
        Literal[
            "active",
            "disabled",
            "error",
            "pending",
            "pending_disable",
            "pending_delete",
            "partially_rejected",
            "queued",
            "rejected",
            "submitted",
            "deleted",
        ]
    ]
    name: str
    description: str
    variants: Required[list[ChannelProductVariantPartialUpdate]]

# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `Listing` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .channel_product_variant_full import (
    ChannelProductVariantFull,
    ChannelProductVariantFullCreate,
    ChannelProductVariantFullUpdate,
)


class Listing(ApiModel):
    """`Listing`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    channel_id: int | None = None
    listing_id: int | None = None
    external_id: str | None = None
    product_id: int | None = None
    state: str | None = None
    name: str | None = None
    description: str | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    variants: list[ChannelProductVariantFull] | None = None


@with_config(REQUEST_CONFIG)
class ListingCreate(TypedDict, total=False):
    """The fields to create a `Listing` with; unknown keys are refused."""

    channel_id: int
    listing_id: int
    external_id: str
    product_id: int
    state: Literal[
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
    name: str
    description: str
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
    variants: list[ChannelProductVariantFullCreate]


@with_config(REQUEST_CONFIG)
class ListingUpdate(TypedDict, total=False):
    """The fields to update a `Listing` with; unknown keys are refused."""

    channel_id: int
    listing_id: int
    external_id: str
    product_id: int
    state: Literal[
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
    name: str
    description: str
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
    variants: list[ChannelProductVariantFullUpdate]

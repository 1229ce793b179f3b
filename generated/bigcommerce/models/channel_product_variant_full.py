# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `ChannelProductVariantFull` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ChannelProductVariantFull(ApiModel):
    """`ChannelProductVariantFull`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    channel_id: int | None = None
    product_id: int | None = None
    variant_id: int | None = None
    external_id: str | None = None
    state: str | None = None
    name: str | None = None
    description: str | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None


@with_config(REQUEST_CONFIG)
class ChannelProductVariantFullCreate(TypedDict, total=False):
    """The fields to create a `ChannelProductVariantFull` with; unknown keys are refused."""

    channel_id: int
    product_id: int
    variant_id: int
    external_id: str
    state: Literal[
        "active",
        "disabled",
        "error",
        "pending",
        "pending_disable",
        "pending_delete",
        "queued",
        "rejected",
        "submitted",
        "deleted",
    ]
    name: str
    description: str
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str


@with_config(REQUEST_CONFIG)
class ChannelProductVariantFullUpdate(TypedDict, total=False):
    """The fields to update a `ChannelProductVariantFull` with; unknown keys are refused."""

    channel_id: int
    product_id: int
    variant_id: int
    external_id: str
    state: Literal[
        "active",
        "disabled",
        "error",
        "pending",
        "pending_disable",
        "pending_delete",
        "queued",
        "rejected",
        "submitted",
        "deleted",
    ]
    name: str
    description: str
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str

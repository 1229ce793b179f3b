# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `ChannelProductVariantPartial` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ChannelProductVariantPartial(ApiModel):
    """`ChannelProductVariantPartial`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    product_id: int | None = None
    """Required to create and update."""
    variant_id: int | None = None
    """Required to create and update."""
    external_id: str | None = None
    state: str | None = None
    """Required to create and update. One of: `'active'`, `'disabled'`, `'error'`, `'pending'`,
    `'pending_disable'`, `'pending_delete'`, `'queued'`, `'rejected'`, `'submitted'`,
    `'deleted'`.
    """
    name: str | None = None
    description: str | None = None


@with_config(REQUEST_CONFIG)
class ChannelProductVariantPartialCreate(TypedDict, total=False):
    """The fields to create a `ChannelProductVariantPartial` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    product_id: Required[int]
    variant_id: Required[int]
    external_id: str
    state: Required[
        Literal[
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
    ]
    name: str
    description: str


@with_config(REQUEST_CONFIG)
class ChannelProductVariantPartialUpdate(TypedDict, total=False):
    """The fields to update a `ChannelProductVariantPartial` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    product_id: Required[int]
    variant_id: Required[int]
    external_id: str
    state: Required[
        Literal[
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
    ]
    name: str
    description: str

# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `ApiTokenCreateModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ApiTokenCreateModel(ApiModel):
    """`ApiTokenCreateModel`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    allowed_cors_origins: list[str] | None = None
    """At most 2 items."""
    expires_at: int | None = None
    """Required to create and update. At least 0."""
    channel_ids: list[int] | None = None
    channel_id: int | None = None
    """At least 1."""


@with_config(REQUEST_CONFIG)
class ApiTokenCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    allowed_cors_origins: list[str]
    """At most 2 items."""
    expires_at: Required[int]
    """At least 0."""
    channel_ids: list[int]
    channel_id: int
    """At least 1."""

# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `ApiTokenPrivateCreateModel` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ApiTokenPrivateCreateModel(ApiModel):
    """`ApiTokenPrivateCreateModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    expires_at: int | None = None
    """Required to create and update. At least 0."""
    channel_ids: list[int] | None = None
    channel_id: int | None = None
    """At least 1."""
    scopes: list[str] | None = None
    """Required to create and update. One of: `'Unauthenticated'`, `'Customer'`, `'B2B'`."""


@with_config(REQUEST_CONFIG)
class ApiTokenPrivateCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    expires_at: Required[int]
    """At least 0."""
    channel_ids: list[int]
    channel_id: int
    """At least 1."""
    scopes: Required[list[Literal["Unauthenticated", "Customer", "B2B"]]]

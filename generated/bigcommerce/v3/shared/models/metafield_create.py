# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The `V3MetafieldCreate` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class V3MetafieldCreate(ApiModel):
    """`V3MetafieldCreate`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    key: str | None = None
    """Required to create. From 1 to 64 characters."""
    value: str | None = None
    """Required to create. From 1 to 65535 characters."""
    namespace: str | None = None
    """Required to create. From 1 to 64 characters."""
    permission_set: str | None = None
    """Required to create and update. One of: `'app_only'`, `'read'`, `'write'`,
    `'read_and_sf_access'`, `'write_and_sf_access'`.
    """
    description: str | None = None
    """At most 255 characters."""


@with_config(REQUEST_CONFIG)
class MetafieldCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    key: Required[str]
    """From 1 to 64 characters."""
    value: Required[str]
    """From 1 to 65535 characters."""
    namespace: Required[str]
    """From 1 to 64 characters."""
    permission_set: Required[
        Literal["app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"]
    ]
    description: str
    """At most 255 characters."""


@with_config(REQUEST_CONFIG)
class MetafieldUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    key: str
    """From 1 to 64 characters."""
    value: str
    """From 1 to 65535 characters."""
    namespace: str
    """From 1 to 64 characters."""
    permission_set: Required[
        Literal["app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"]
    ]
    description: str
    """At most 255 characters."""

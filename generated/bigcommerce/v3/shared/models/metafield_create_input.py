# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The `MetafieldCreateInputModel` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class MetafieldCreateInputModel(ApiModel):
    """`MetafieldCreateInputModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    permission_set: str | None = None
    """Required to create and update. One of: `'app_only'`, `'read'`, `'write'`,
    `'read_and_sf_access'`, `'write_and_sf_access'`.
    """
    namespace: str | None = None
    """Required to create and update. From 1 to 64 characters."""
    key: str | None = None
    """Required to create and update. From 1 to 64 characters."""
    value: str | None = None
    """Required to create and update. From 1 to 65535 characters."""
    description: str | None = None
    """At most 255 characters."""


@with_config(REQUEST_CONFIG)
class MetafieldCreateInput(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    permission_set: Required[
        Literal["app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"]
    ]
    namespace: Required[str]
    """From 1 to 64 characters."""
    key: Required[str]
    """From 1 to 64 characters."""
    value: Required[str]
    """From 1 to 65535 characters."""
    description: str
    """At most 255 characters."""


@with_config(REQUEST_CONFIG)
class MetafieldUpdateInput(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    permission_set: Required[
        Literal["app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"]
    ]
    namespace: Required[str]
    """From 1 to 64 characters."""
    key: Required[str]
    """From 1 to 64 characters."""
    value: Required[str]
    """From 1 to 65535 characters."""
    description: str
    """At most 255 characters."""

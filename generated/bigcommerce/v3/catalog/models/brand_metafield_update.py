# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3BrandMetafieldUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class V3BrandMetafieldUpdate(ApiModel):
    """`V3BrandMetafieldUpdate`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    permission_set: str | None = None
    """One of: `'app_only'`, `'read'`, `'write'`, `'read_and_sf_access'`,
    `'write_and_sf_access'`.
    """
    namespace: str | None = None
    """From 1 to 64 characters."""
    key: str | None = None
    """From 1 to 64 characters."""
    value: str | None = None
    """From 1 to 65535 characters."""
    description: str | None = None
    """At most 255 characters."""


@with_config(REQUEST_CONFIG)
class BrandMetafieldUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    permission_set: Literal[
        "app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"
    ]
    namespace: str
    """From 1 to 64 characters."""
    key: str
    """From 1 to 64 characters."""
    value: str
    """From 1 to 65535 characters."""
    description: str
    """At most 255 characters."""

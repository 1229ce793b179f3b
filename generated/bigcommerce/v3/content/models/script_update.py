# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `V3ScriptUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class V3ScriptUpdate(ApiModel):
    """`V3ScriptUpdate`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    name: str | None = None
    """From 1 to 255 characters."""
    description: str | None = None
    html: str | None = None
    """At most 65536 characters."""
    src: str | None = None
    auto_uninstall: bool | None = None
    load_method: str | None = None
    """One of: `'default'`, `'async'`, `'defer'`."""
    location: str | None = None
    """One of: `'head'`, `'footer'`."""
    visibility: str | None = None
    """One of: `'storefront'`, `'all_pages'`, `'checkout'`, `'order_confirmation'`."""
    kind: str | None = None
    """One of: `'src'`, `'script_tag'`."""
    api_client_id: str | None = None
    consent_category: str | None = None
    """One of: `'essential'`, `'functional'`, `'analytics'`, `'targeting'`."""
    enabled: bool | None = None
    channel_id: int | None = None
    """At least 1."""
    integrity_hashes: list[str] | None = None


@with_config(REQUEST_CONFIG)
class ScriptUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    name: str
    """From 1 to 255 characters."""
    description: str
    html: str
    """At most 65536 characters."""
    src: str
    auto_uninstall: bool
    load_method: Literal["default", "async", "defer"]
    location: Literal["head", "footer"]
    visibility: Literal["storefront", "all_pages", "checkout", "order_confirmation"]
    kind: Literal["src", "script_tag"]
    api_client_id: str
    consent_category: Literal["essential", "functional", "analytics", "targeting"]
    enabled: bool
    channel_id: int
    """At least 1."""
    integrity_hashes: list[str]

# Generated from spec/imported/v3/hooks.yaml by codegen (`make generate`); do not edit.
"""The `HookCreateModel` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class HookCreateModel(ApiModel):
    """`HookCreateModel`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    scope: str | None = None
    """Required to create and update."""
    destination: str | None = None
    """Required to create and update."""
    is_active: bool | None = None
    headers: dict[str, Any] | None = None
    """May be null."""


@with_config(REQUEST_CONFIG)
class HookCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    scope: Required[str]
    destination: Required[str]
    is_active: bool
    headers: dict[str, Any] | None

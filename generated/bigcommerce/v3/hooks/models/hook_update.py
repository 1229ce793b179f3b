# Generated from spec/imported/v3/hooks.yaml by codegen (`make generate`); do not edit.
"""The `HookUpdateModel` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class HookUpdateModel(ApiModel):
    """`HookUpdateModel`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    scope: str | None = None
    destination: str | None = None
    is_active: bool | None = None
    headers: dict[str, Any] | None = None
    """May be null."""


@with_config(REQUEST_CONFIG)
class HookUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    scope: str
    destination: str
    is_active: bool
    headers: dict[str, Any] | None

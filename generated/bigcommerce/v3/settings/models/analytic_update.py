# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `AnalyticUpdateModel` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class AnalyticUpdateModel(ApiModel):
    """`AnalyticUpdateModel`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    code: str | None = None
    """At least 1 character."""
    data_tag_enabled: bool | None = None
    enabled: bool | None = None
    is_oauth_connected: Any | None = None
    name: str | None = None
    """At least 1 character."""
    version: int | float | None = None


@with_config(REQUEST_CONFIG)
class AnalyticUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    code: str
    """At least 1 character."""
    data_tag_enabled: bool
    enabled: bool
    is_oauth_connected: Any
    name: str
    """At least 1 character."""
    version: int | float

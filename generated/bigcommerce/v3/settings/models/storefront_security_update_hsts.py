# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `StorefrontSecurityUpdateHsts` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class StorefrontSecurityUpdateHsts(ApiModel):
    """`StorefrontSecurityUpdateHsts`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    enabled: bool | None = None
    include_preload: bool | None = None
    include_subdomains: bool | None = None
    max_age: str | None = None
    """One of: `'zero_seconds'`, `'five_minutes'`, `'one_year'`."""


@with_config(REQUEST_CONFIG)
class StorefrontSecurityUpdateHstsUpdate(TypedDict, total=False):
    """The fields to update a `StorefrontSecurityUpdateHsts` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    enabled: bool
    include_preload: bool
    include_subdomains: bool
    max_age: Literal["zero_seconds", "five_minutes", "one_year"]

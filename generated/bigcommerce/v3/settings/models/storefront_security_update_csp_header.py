# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `StorefrontSecurityUpdateCspHeader` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class StorefrontSecurityUpdateCspHeader(ApiModel):
    """`StorefrontSecurityUpdateCspHeader`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    enabled: bool | None = None
    header_value: str | None = None


@with_config(REQUEST_CONFIG)
class StorefrontSecurityUpdateCspHeaderUpdate(TypedDict, total=False):
    """The fields to update a `StorefrontSecurityUpdateCspHeader` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    enabled: bool
    header_value: str

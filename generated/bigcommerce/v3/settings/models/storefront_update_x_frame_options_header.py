# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `StorefrontUpdateXFrameOptionsHeader` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class StorefrontUpdateXFrameOptionsHeader(ApiModel):
    """`StorefrontUpdateXFrameOptionsHeader`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    allowed_url: str | None = None
    enabled: bool | None = None
    setting: str | None = None
    """One of: `'deny'`, `'same_origin'`, `'allow_from_url'`."""


@with_config(REQUEST_CONFIG)
class StorefrontUpdateXFrameOptionsHeaderUpdate(TypedDict, total=False):
    """The fields to update a `StorefrontUpdateXFrameOptionsHeader` with; unknown keys are sent
    as given, with an `UnknownArgumentWarning`.
    """

    allowed_url: str
    enabled: bool
    setting: Literal["deny", "same_origin", "allow_from_url"]

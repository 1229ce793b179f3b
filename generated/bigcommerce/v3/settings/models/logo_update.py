# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `LogoUpdateModel` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class LogoUpdateModel(ApiModel):
    """`LogoUpdateModel`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    logo_text: str | None = None
    type: str | None = None
    """One of: `'image'`, `'text'`."""


@with_config(REQUEST_CONFIG)
class LogoUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    logo_text: str
    type: Literal["image", "text"]

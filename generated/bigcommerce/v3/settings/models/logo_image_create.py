# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `LogoImageCreateModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from ...._types import Upload


class LogoImageCreateModel(ApiModel):
    """`LogoImageCreateModel`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    LogoFile: str | None = None


@with_config(REQUEST_CONFIG)
class LogoImageCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    LogoFile: Upload

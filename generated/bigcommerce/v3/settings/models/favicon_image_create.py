# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `FaviconImageCreate` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from ...._types import Upload


class FaviconImageCreate(ApiModel):
    """`FaviconImageCreate`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    FaviconFile: str | None = None


@with_config(REQUEST_CONFIG)
class FaviconImageCreateCreate(TypedDict, total=False):
    """The fields to create a `FaviconImageCreate` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    FaviconFile: Upload

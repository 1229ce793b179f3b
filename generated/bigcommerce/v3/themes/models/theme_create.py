# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `V3ThemeCreate` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from ...._types import Upload


class V3ThemeCreate(ApiModel):
    """`V3ThemeCreate`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    file: str | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class ThemeCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    file: Required[Upload]

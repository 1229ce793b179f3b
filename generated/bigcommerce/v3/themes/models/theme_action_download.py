# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `ThemeActionDownloadModel` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ThemeActionDownloadModel(ApiModel):
    """`ThemeActionDownloadModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    which: str | None = None
    """One of: `'original'`, `'last_activated'`, `'last_created'`."""


@with_config(REQUEST_CONFIG)
class ThemeActionDownload(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    which: Literal["original", "last_activated", "last_created"]

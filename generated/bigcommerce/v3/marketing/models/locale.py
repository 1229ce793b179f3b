# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The `Locale` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class Locale(ApiModel):
    """`Locale`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    locale: str | None = None
    keys: dict[str, Any] | None = None


@with_config(REQUEST_CONFIG)
class LocaleUpdate(TypedDict, total=False):
    """The fields to update a `Locale` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    locale: str
    keys: dict[str, Any]

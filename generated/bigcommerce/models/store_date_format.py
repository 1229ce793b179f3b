# Generated from spec/v2/store.yaml by codegen (`make generate`); do not edit.
"""The `StoreDateFormat` model."""

from __future__ import annotations

from .._model import ApiModel


class StoreDateFormat(ApiModel):
    """`StoreDateFormat`: an object of the v2 API. Every field is optional; unknown fields are
    kept.
    """

    display: str | None = None
    export: str | None = None
    extended_display: str | None = None

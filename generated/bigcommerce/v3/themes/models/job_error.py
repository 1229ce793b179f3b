# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `JobError` model."""

from __future__ import annotations

from ...._model import ApiModel


class JobError(ApiModel):
    """`JobError`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    error: str | None = None
    message: str | None = None

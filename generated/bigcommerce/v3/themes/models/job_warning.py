# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `JobWarning` model."""

from __future__ import annotations

from ...._model import ApiModel


class JobWarning(ApiModel):
    """`JobWarning`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    message: str | None = None
    warning: str | None = None

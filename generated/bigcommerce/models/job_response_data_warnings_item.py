# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `JobResponseDataWarningsItem` model."""

from __future__ import annotations

from .._model import ApiModel


class JobResponseDataWarningsItem(ApiModel):
    """`JobResponseDataWarningsItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    message: str | None = None
    warning: str | None = None

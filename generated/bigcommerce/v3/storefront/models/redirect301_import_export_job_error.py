# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `Redirect301ImportExportJobError` model."""

from __future__ import annotations

from ...._model import ApiModel


class Redirect301ImportExportJobError(ApiModel):
    """`Redirect301ImportExportJobError`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    row: int | None = None
    message: str | None = None

# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `ImportErrorsItem` model."""

from __future__ import annotations

from .._model import ApiModel


class ImportErrorsItem(ApiModel):
    """`ImportErrorsItem`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    row: int | None = None
    message: str | None = None

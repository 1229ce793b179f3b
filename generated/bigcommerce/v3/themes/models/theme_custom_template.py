# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `ThemeCustomTemplate` model."""

from __future__ import annotations

from ...._model import ApiModel


class ThemeCustomTemplate(ApiModel):
    """`ThemeCustomTemplate`: an object of the v3 API. Every field is optional; unknown fields
    are kept. Answered by `api.themes.custom_templates`: `get`.
    """

    product: list[str] | None = None
    category: list[str] | None = None
    brand: list[str] | None = None
    page: list[str] | None = None

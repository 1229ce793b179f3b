# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `ThemeConfiguration` model."""

from __future__ import annotations

from typing import Any

from ...._model import ApiModel


class ThemeConfiguration(ApiModel):
    """`ThemeConfiguration`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.themes.configurations`: `all`.
    """

    uuid: str | None = None
    theme_uuid: str | None = None
    variation_id: str | None = None
    settings: dict[str, Any] | None = None
    date_created: str | None = None
    site_id: int | None = None

# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `ActiveTheme` model."""

from __future__ import annotations

from ...._model import ApiModel


class ActiveTheme(ApiModel):
    """`ActiveTheme`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.channels.active_theme`: `get`.
    """

    active_theme_uuid: str | None = None
    active_theme_configuration_uuid: str | None = None
    active_theme_version_uuid: str | None = None
    saved_theme_configuration_uuid: str | None = None

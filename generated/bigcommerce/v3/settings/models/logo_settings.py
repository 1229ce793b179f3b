# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `LogoSettings` model."""

from __future__ import annotations

from ...._model import ApiModel


class LogoSettings(ApiModel):
    """`LogoSettings`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.settings.logo`: `get`, `update`.
    """

    favicon_url: str | None = None
    logo_image_url: str | None = None
    logo_text: str | None = None
    type: str | None = None
    """One of: `'image'`, `'text'`."""

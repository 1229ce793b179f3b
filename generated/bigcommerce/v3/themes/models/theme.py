# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `Theme` model."""

from __future__ import annotations

from ...._model import ApiModel
from .variation import Variation


class Theme(ApiModel):
    """`Theme`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.themes`: `all`, `get`.
    """

    variations: list[Variation] | None = None
    uuid: str | None = None
    name: str | None = None
    is_private: bool | None = None
    is_active: bool | None = None
    updated_at: str | None = None

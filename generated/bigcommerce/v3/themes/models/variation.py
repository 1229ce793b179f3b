# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `Variation` model."""

from __future__ import annotations

from ...._model import ApiModel


class Variation(ApiModel):
    """`Variation`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    description: str | None = None
    external_id: str | None = None
    name: str | None = None
    uuid: str | None = None

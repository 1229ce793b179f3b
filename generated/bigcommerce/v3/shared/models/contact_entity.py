# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The `ContactEntity` model."""

from __future__ import annotations

from ...._model import ApiModel


class ContactEntity(ApiModel):
    """`ContactEntity`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    name: str | None = None
    email: str | None = None

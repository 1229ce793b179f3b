# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartSettings` model."""

from __future__ import annotations

from ...._model import ApiModel


class CartSettings(ApiModel):
    """`CartSettings`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.carts.settings`: `get`, `update`.
    """

    allow_purchasing: bool | None = None

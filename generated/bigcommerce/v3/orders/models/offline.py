# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `Offline` model."""

from __future__ import annotations

from ...._model import ApiModel


class Offline(ApiModel):
    """`Offline`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    display_name: str | None = None

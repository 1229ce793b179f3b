# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `CustomField` model."""

from __future__ import annotations

from ...._model import ApiModel


class CustomField(ApiModel):
    """`CustomField`: an object of the v3 API. Every field but `id` is optional; unknown fields
    are kept. Answered by `api.catalog.products.custom_fields`: `all`, `create`, `get`,
    `update`.
    """

    id: int
    """At least 1."""
    name: str | None = None
    """From 1 to 250 characters."""
    value: str | None = None
    """From 1 to 250 characters."""

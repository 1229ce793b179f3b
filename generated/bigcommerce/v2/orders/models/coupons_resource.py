# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `CouponsResource` model."""

from __future__ import annotations

from ...._model import ApiModel


class CouponsResource(ApiModel):
    """`CouponsResource`: an object of the v2 API. Every field is optional; unknown fields are
    kept.
    """

    url: str | None = None
    """Read-only: set by the API, never sent."""
    resource: str | None = None
    """Read-only: set by the API, never sent."""

# Generated from spec/v2/option_sets.yaml by codegen (`make generate`); do not edit.
"""The `OptionSetOptionValue` model."""

from __future__ import annotations

from .._model import ApiModel


class OptionSetOptionValue(ApiModel):
    """`OptionSetOptionValue`: an object of the v2 API. Every field is optional; unknown fields
    are kept.
    """

    option_value_id: int | None = None
    """Read-only: set by the API, never sent."""
    label: str | None = None
    """Read-only: set by the API, never sent."""
    sort_order: int | None = None
    """Read-only: set by the API, never sent."""
    value: str | None = None
    """Read-only: set by the API, never sent."""

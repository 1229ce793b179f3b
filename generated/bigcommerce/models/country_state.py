# Generated from spec/v2/countries.yaml by codegen (`make generate`); do not edit.
"""The `CountryState` model."""

from __future__ import annotations

from .._model import ApiModel


class CountryState(ApiModel):
    """`CountryState`: an object of the v2 `CountryStates` resource. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    state: str | None = None
    """Read-only: set by the API, never sent."""
    state_abbreviation: str | None = None
    """Read-only: set by the API, never sent."""
    country_id: int | None = None
    """Read-only: set by the API, never sent."""

# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `ProviderConnectionTarget` model."""

from __future__ import annotations

from ...._model import ApiModel


class ProviderConnectionTarget(ApiModel):
    """`ProviderConnectionTarget`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    country_codes: list[str] | None = None
    subdivision_codes: list[str] | None = None

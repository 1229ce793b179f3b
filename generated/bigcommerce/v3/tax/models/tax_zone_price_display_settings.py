# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxZonePriceDisplaySettings` model."""

from __future__ import annotations

from ...._model import ApiModel


class TaxZonePriceDisplaySettings(ApiModel):
    """`TaxZonePriceDisplaySettings`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    show_inclusive: bool | None = None
    show_both_on_detail_view: bool | None = None
    show_both_on_list_view: bool | None = None

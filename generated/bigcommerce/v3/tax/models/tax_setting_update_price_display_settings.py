# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxSettingUpdatePriceDisplaySettings` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class TaxSettingUpdatePriceDisplaySettings(ApiModel):
    """`TaxSettingUpdatePriceDisplaySettings`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    control_panel_price_display_strategy: str | None = None
    """One of: `'ZONE'`, `'INCLUSIVE'`, `'EXCLUSIVE'`."""
    invoice_price_display_strategy: str | None = None
    """One of: `'ZONE'`, `'INCLUSIVE'`, `'EXCLUSIVE'`. Default `'ZONE'`."""


@with_config(REQUEST_CONFIG)
class TaxSettingUpdatePriceDisplaySettingsUpdate(TypedDict, total=False):
    """The fields to update a `TaxSettingUpdatePriceDisplaySettings` with; unknown keys are sent
    as given, with an `UnknownArgumentWarning`.
    """

    control_panel_price_display_strategy: Literal["ZONE", "INCLUSIVE", "EXCLUSIVE"]
    invoice_price_display_strategy: Literal["ZONE", "INCLUSIVE", "EXCLUSIVE"]
    """Default `'ZONE'`."""

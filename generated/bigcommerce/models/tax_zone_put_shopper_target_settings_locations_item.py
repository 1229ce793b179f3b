# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxZonePUTShopperTargetSettingsLocationsItem` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class TaxZonePUTShopperTargetSettingsLocationsItem(ApiModel):
    """`TaxZonePUTShopperTargetSettingsLocationsItem`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    country_code: str | None = None
    subdivision_codes: list[str] | None = None
    postal_codes: list[str] | None = None


@with_config(REQUEST_CONFIG)
class TaxZonePUTShopperTargetSettingsLocationsItemUpdate(TypedDict, total=False):
    """The fields to update a `TaxZonePUTShopperTargetSettingsLocationsItem` with; unknown keys
    are sent as given, with an `UnknownArgumentWarning`.
    """

    country_code: str
    subdivision_codes: list[str]
    postal_codes: list[str]

# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxZonePOSTShopperTargetSettingsLocationsItem` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class TaxZonePOSTShopperTargetSettingsLocationsItem(ApiModel):
    """`TaxZonePOSTShopperTargetSettingsLocationsItem`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    country_code: str | None = None
    subdivision_codes: list[str] | None = None
    postal_codes: list[str] | None = None


@with_config(REQUEST_CONFIG)
class TaxZonePOSTShopperTargetSettingsLocationsItemCreate(TypedDict, total=False):
    """The fields to create a `TaxZonePOSTShopperTargetSettingsLocationsItem` with; unknown keys
    are sent as given, with an `UnknownArgumentWarning`.
    """

    country_code: str
    subdivision_codes: list[str]
    postal_codes: list[str]

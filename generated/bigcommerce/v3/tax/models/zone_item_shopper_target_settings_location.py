# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `ZoneItemShopperTargetSettingsLocation` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ZoneItemShopperTargetSettingsLocation(ApiModel):
    """`ZoneItemShopperTargetSettingsLocation`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    country_code: str | None = None
    subdivision_codes: list[str] | None = None
    postal_codes: list[str] | None = None


@with_config(REQUEST_CONFIG)
class ZoneItemShopperTargetSettingsLocationCreate(TypedDict, total=False):
    """The fields to create a `ZoneItemShopperTargetSettingsLocation` with; unknown keys are sent
    as given, with an `UnknownArgumentWarning`.
    """

    country_code: str
    subdivision_codes: list[str]
    postal_codes: list[str]


@with_config(REQUEST_CONFIG)
class ZoneItemShopperTargetSettingsLocationUpdate(TypedDict, total=False):
    """The fields to update a `ZoneItemShopperTargetSettingsLocation` with; unknown keys are sent
    as given, with an `UnknownArgumentWarning`.
    """

    country_code: str
    subdivision_codes: list[str]
    postal_codes: list[str]

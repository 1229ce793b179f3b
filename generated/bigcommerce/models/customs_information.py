# Generated from spec/imported/v3/shipping.yaml by codegen (`make generate`); do not edit.
"""The `CustomsInformation` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt
from typing import Any, Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CustomsInformation(ApiModel):
    """`CustomsInformation`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    product_id: int | None = None
    country_of_origin: str | None = None
    commodity_description: str | None = None
    international_shipping: bool | None = None
    hs_codes: dict[str, Any] | None = None
    created_at: _dt.datetime | None = None
    updated_at: _dt.datetime | None = None


@with_config(REQUEST_CONFIG)
class CustomsInformationCreate(TypedDict, total=False):
    """The fields to create a `CustomsInformation` with; unknown keys are refused."""

    product_id: int
    country_of_origin: str
    commodity_description: str
    international_shipping: Literal[True, False]
    hs_codes: dict[str, Any]


@with_config(REQUEST_CONFIG)
class CustomsInformationUpdate(TypedDict, total=False):
    """The fields to update a `CustomsInformation` with; unknown keys are refused."""

    product_id: int
    country_of_origin: str
    commodity_description: str
    international_shipping: Literal[True, False]
    hs_codes: dict[str, Any]

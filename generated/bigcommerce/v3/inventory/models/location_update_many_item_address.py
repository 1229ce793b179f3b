# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationUpdateManyItemAddress` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from ...shared.models.coordinates import Coordinates, CoordinatesUpdate


class LocationUpdateManyItemAddress(ApiModel):
    """`LocationUpdateManyItemAddress`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    email: str | None = None
    phone: str | None = None
    geo_coordinates: Coordinates | None = None
    country_code: str | None = None
    """Required to create and update. One of: `'US'`. Default `'US'`."""


@with_config(REQUEST_CONFIG)
class LocationUpdateManyItemAddressUpdate(TypedDict, total=False):
    """The fields to update a `LocationUpdateManyItemAddress` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    address1: str
    address2: str
    city: str
    state: str
    zip: str
    email: str
    phone: str
    geo_coordinates: CoordinatesUpdate
    country_code: Required[Literal["US"]]
    """Default `'US'`."""

# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationCreateManyItemAddress` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from ...shared.models.coordinates import Coordinates, CoordinatesCreate


class LocationCreateManyItemAddress(ApiModel):
    """`LocationCreateManyItemAddress`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    address1: str | None = None
    """Required to create and update."""
    address2: str | None = None
    city: str | None = None
    """Required to create and update."""
    state: str | None = None
    """Required to create and update."""
    zip: str | None = None
    """Required to create and update."""
    email: str | None = None
    """Required to create and update."""
    phone: str | None = None
    geo_coordinates: Coordinates | None = None
    """Required to create and update."""
    country_code: str | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class LocationCreateManyItemAddressCreate(TypedDict, total=False):
    """The fields to create a `LocationCreateManyItemAddress` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    address1: Required[str]
    address2: str
    city: Required[str]
    state: Required[str]
    zip: Required[str]
    email: Required[str]
    phone: str
    geo_coordinates: Required[CoordinatesCreate]
    country_code: Required[str]

# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `ZoneCreateLocation` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ZoneCreateLocation(ApiModel):
    """`ZoneCreateLocation`: an object of the v2 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    zip: str | None = None
    country_iso2: str | None = None
    state_iso2: str | None = None


@with_config(REQUEST_CONFIG)
class ZoneCreateLocationCreate(TypedDict, total=False):
    """The fields to create a `ZoneCreateLocation` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    id: int
    zip: str
    country_iso2: str
    state_iso2: str


@with_config(REQUEST_CONFIG)
class ZoneCreateLocationUpdate(TypedDict, total=False):
    """The fields to update a `ZoneCreateLocation` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    id: int
    zip: str
    country_iso2: str
    state_iso2: str

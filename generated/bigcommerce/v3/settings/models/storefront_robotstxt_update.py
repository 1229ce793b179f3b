# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `StorefrontRobotstxtUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class StorefrontRobotstxtUpdate(ApiModel):
    """`StorefrontRobotstxtUpdate`: an object of the v3 API. Every field is optional; unknown
    fields are kept. Answered by `api.settings.storefront.robotstxt`: `get`, `update`.
    """

    robots_txt_ssl: str | None = None


@with_config(REQUEST_CONFIG)
class StorefrontRobotstxtUpdateBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    robots_txt_ssl: str

# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `StorefrontStatusUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class StorefrontStatusUpdate(ApiModel):
    """`StorefrontStatusUpdate`: an object of the v3 API. Every field is optional; unknown fields
    are kept. Answered by `api.settings.storefront.status`: `get`, `update`.
    """

    down_for_maintenance_message: str | None = None
    prelaunch_message: str | None = None
    prelaunch_password: str | None = None


@with_config(REQUEST_CONFIG)
class StorefrontStatusUpdateBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    down_for_maintenance_message: str
    prelaunch_message: str
    prelaunch_password: str

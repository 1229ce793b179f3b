# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `StoreProfileUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class StoreProfileUpdate(ApiModel):
    """`StoreProfileUpdate`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.settings.store.profile`: `get`, `update`.
    """

    store_address: str | None = None
    store_address_type: str | None = None
    """One of: `'Home Office'`, `'Commercial Office'`, `'Retail'`, `'Warehouse'`. Default `'Home
    Office'`.
    """
    store_email: str | None = None
    store_name: str | None = None
    store_phone: str | None = None


@with_config(REQUEST_CONFIG)
class StoreProfileUpdateBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    store_address: str
    store_address_type: Literal["Home Office", "Commercial Office", "Retail", "Warehouse"]
    """Default `'Home Office'`."""
    store_email: str
    store_name: str
    store_phone: str

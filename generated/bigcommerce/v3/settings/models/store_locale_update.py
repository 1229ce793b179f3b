# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `StoreLocaleUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class StoreLocaleUpdate(ApiModel):
    """`StoreLocaleUpdate`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.settings.store.locale`: `get`, `update`.
    """

    default_shopper_language: str | None = None
    """Required to create and update. Default `'en'`."""
    shopper_language_selection_method: str | None = None
    """One of: `'browser'`, `'default_shopper_language'`. Default `'default_shopper_language'`."""
    store_country: str | None = None
    """Default `'United States'`."""


@with_config(REQUEST_CONFIG)
class StoreLocaleUpdateBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    default_shopper_language: Required[str]
    """Default `'en'`."""
    shopper_language_selection_method: Literal["browser", "default_shopper_language"]
    """Default `'default_shopper_language'`."""
    store_country: str
    """Default `'United States'`."""

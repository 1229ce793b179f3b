# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `V3PriceListCreate` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class V3PriceListCreate(ApiModel):
    """`V3PriceListCreate`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    name: str | None = None
    """Required to create."""
    active: bool | None = None


@with_config(REQUEST_CONFIG)
class PriceListCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    name: Required[str]
    active: bool


@with_config(REQUEST_CONFIG)
class PriceListUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    name: str
    active: bool

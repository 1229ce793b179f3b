# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `UpdatePriceListRequest` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class UpdatePriceListRequest(ApiModel):
    """`UpdatePriceListRequest`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    name: str | None = None
    """Required to create."""
    active: bool | None = None


@with_config(REQUEST_CONFIG)
class UpdatePriceListRequestUpdate(TypedDict, total=False):
    """The fields to update a `UpdatePriceListRequest` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    name: str
    active: bool

# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `ZoneCreateManyItemPriceDisplaySettings` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ZoneCreateManyItemPriceDisplaySettings(ApiModel):
    """`ZoneCreateManyItemPriceDisplaySettings`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    show_inclusive: bool | None = None
    """Required to create and update."""
    show_both_on_detail_view: bool | None = None
    show_both_on_list_view: bool | None = None


@with_config(REQUEST_CONFIG)
class ZoneCreateManyItemPriceDisplaySettingsCreate(TypedDict, total=False):
    """The fields to create a `ZoneCreateManyItemPriceDisplaySettings` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the
    documents require.
    """

    show_inclusive: Required[bool]
    show_both_on_detail_view: bool
    show_both_on_list_view: bool

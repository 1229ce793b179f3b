# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `ZoneUpdateManyItemPriceDisplaySettings` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ZoneUpdateManyItemPriceDisplaySettings(ApiModel):
    """`ZoneUpdateManyItemPriceDisplaySettings`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    show_inclusive: bool | None = None
    show_both_on_detail_view: bool | None = None
    show_both_on_list_view: bool | None = None


@with_config(REQUEST_CONFIG)
class ZoneUpdateManyItemPriceDisplaySettingsUpdate(TypedDict, total=False):
    """The fields to update a `ZoneUpdateManyItemPriceDisplaySettings` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`.
    """

    show_inclusive: bool
    show_both_on_detail_view: bool
    show_both_on_list_view: bool

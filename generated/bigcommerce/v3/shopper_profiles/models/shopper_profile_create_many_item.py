# Generated from spec/imported/v3/shopper_profiles.yaml by codegen (`make generate`); do not edit.
"""The `ShopperProfileCreateManyItemModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ShopperProfileCreateManyItemModel(ApiModel):
    """`ShopperProfileCreateManyItemModel`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    customer_id: int | float | None = None


@with_config(REQUEST_CONFIG)
class ShopperProfileCreateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    customer_id: int | float

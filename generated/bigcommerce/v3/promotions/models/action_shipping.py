# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `ActionShipping` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ActionShipping(ApiModel):
    """`ActionShipping`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    free_shipping: bool | None = None
    zone_ids: Any | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class ActionShippingCreate(TypedDict, total=False):
    """The fields to create a `ActionShipping` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    free_shipping: bool
    zone_ids: Required[Any]


@with_config(REQUEST_CONFIG)
class ActionShippingUpdate(TypedDict, total=False):
    """The fields to update a `ActionShipping` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    free_shipping: bool
    zone_ids: Required[Any]

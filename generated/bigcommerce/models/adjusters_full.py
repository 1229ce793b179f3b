# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `AdjustersFull` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .adjuster_full import AdjusterFull, AdjusterFullCreate, AdjusterFullUpdate
from .adjusters_full_purchasing_disabled import (
    AdjustersFullPurchasingDisabled,
    AdjustersFullPurchasingDisabledCreate,
    AdjustersFullPurchasingDisabledUpdate,
)


class AdjustersFull(ApiModel):
    """`AdjustersFull`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    price: AdjusterFull | None = None
    weight: AdjusterFull | None = None
    image_url: str | None = None
    purchasing_disabled: AdjustersFullPurchasingDisabled | None = None


@with_config(REQUEST_CONFIG)
class AdjustersFullCreate(TypedDict, total=False):
    """The fields to create a `AdjustersFull` with; unknown keys are refused."""

    price: AdjusterFullCreate
    weight: AdjusterFullCreate
    image_url: str
    purchasing_disabled: AdjustersFullPurchasingDisabledCreate


@with_config(REQUEST_CONFIG)
class AdjustersFullUpdate(TypedDict, total=False):
    """The fields to update a `AdjustersFull` with; unknown keys are refused."""

    price: AdjusterFullUpdate
    weight: AdjusterFullUpdate
    image_url: str
    purchasing_disabled: AdjustersFullPurchasingDisabledUpdate

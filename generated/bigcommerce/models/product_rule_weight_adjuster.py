# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductRuleWeightAdjuster` model and the bodies of its create and update calls."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ProductRuleWeightAdjuster(ApiModel):
    """`ProductRuleWeightAdjuster`: an object of the v2 API. Every field is optional; unknown
    fields are kept.
    """

    adjuster: str | None = None
    """Required to create. One of: `'relative'`, `'absolute'`."""
    adjuster_value: str | None = None
    """Required to create."""


@with_config(REQUEST_CONFIG)
class ProductRuleWeightAdjusterCreate(TypedDict, total=False):
    """The fields to create a `ProductRuleWeightAdjuster` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    adjuster: Required[Literal["relative", "absolute"]]
    adjuster_value: Required[Decimal | float | int | str]


@with_config(REQUEST_CONFIG)
class ProductRuleWeightAdjusterUpdate(TypedDict, total=False):
    """The fields to update a `ProductRuleWeightAdjuster` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    adjuster: Literal["relative", "absolute"]
    adjuster_value: Decimal | float | int | str

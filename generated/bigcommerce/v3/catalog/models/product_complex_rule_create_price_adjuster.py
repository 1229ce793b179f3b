# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductComplexRuleCreatePriceAdjuster` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ProductComplexRuleCreatePriceAdjuster(ApiModel):
    """`ProductComplexRuleCreatePriceAdjuster`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    adjuster: str | None = None
    """One of: `'relative'`, `'percentage'`. May be null."""
    adjuster_value: int | float | None = None


@with_config(REQUEST_CONFIG)
class ProductComplexRuleCreatePriceAdjusterCreate(TypedDict, total=False):
    """The fields to create a `ProductComplexRuleCreatePriceAdjuster` with; unknown keys are sent
    as given, with an `UnknownArgumentWarning`.
    """

    adjuster: Literal["relative", "percentage"] | None
    adjuster_value: int | float


@with_config(REQUEST_CONFIG)
class ProductComplexRuleCreatePriceAdjusterUpdate(TypedDict, total=False):
    """The fields to update a `ProductComplexRuleCreatePriceAdjuster` with; unknown keys are sent
    as given, with an `UnknownArgumentWarning`.
    """

    adjuster: Literal["relative", "percentage"] | None
    adjuster_value: int | float

# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductRuleCondition` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ProductRuleCondition(ApiModel):
    """`ProductRuleCondition`: an object of the v2 API. Every field is optional; unknown fields
    are kept.
    """

    product_option_id: int | None = None
    """May be null."""
    option_value_id: int | None = None
    """May be null."""
    sku_id: int | None = None
    """May be null."""


@with_config(REQUEST_CONFIG)
class ProductRuleConditionCreate(TypedDict, total=False):
    """The fields to create a `ProductRuleCondition` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    product_option_id: int | None
    option_value_id: int | None
    sku_id: int | None


@with_config(REQUEST_CONFIG)
class ProductRuleConditionUpdate(TypedDict, total=False):
    """The fields to update a `ProductRuleCondition` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    product_option_id: int | None
    option_value_id: int | None
    sku_id: int | None

# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductRule` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel
from .product_rule_condition import (
    ProductRuleCondition,
    ProductRuleConditionCreate,
    ProductRuleConditionUpdate,
)
from .product_rule_price_adjuster import (
    ProductRulePriceAdjuster,
    ProductRulePriceAdjusterCreate,
    ProductRulePriceAdjusterUpdate,
)
from .product_rule_weight_adjuster import (
    ProductRuleWeightAdjuster,
    ProductRuleWeightAdjusterCreate,
    ProductRuleWeightAdjusterUpdate,
)


class ProductRule(ApiModel):
    """`ProductRule`: an object of the v2 `ProductRules` resource. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    product_id: int | None = None
    """Read-only: set by the API, never sent."""
    sort_order: int | None = None
    is_enabled: bool | None = None
    is_stop: bool | None = None
    price_adjuster: ProductRulePriceAdjuster | None = None
    """May be null."""
    weight_adjuster: ProductRuleWeightAdjuster | None = None
    """May be null."""
    is_purchasing_disabled: bool | None = None
    purchasing_disabled_message: str | None = None
    is_purchasing_hidden: bool | None = None
    image_file: str | None = None
    conditions: list[ProductRuleCondition] | None = None
    """Required to create."""

    def update(self, **fields: Unpack[ProductRuleUpdate]) -> ProductRule:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.product_rules import ProductRules

        return self._resource(ProductRules).update(
            self._parent("product_id"), self._own_id(), **fields
        )

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.product_rules import ProductRules

        return self._resource(ProductRules).delete(self._parent("product_id"), self._own_id())


@with_config(REQUEST_CONFIG)
class ProductRuleCreate(TypedDict, total=False):
    """The fields to create a `ProductRule` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    sort_order: int
    is_enabled: bool
    is_stop: bool
    price_adjuster: ProductRulePriceAdjusterCreate | None
    weight_adjuster: ProductRuleWeightAdjusterCreate | None
    is_purchasing_disabled: bool
    purchasing_disabled_message: str
    is_purchasing_hidden: bool
    image_file: str
    conditions: Required[list[ProductRuleConditionCreate]]


@with_config(REQUEST_CONFIG)
class ProductRuleUpdate(TypedDict, total=False):
    """The fields to update a `ProductRule` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    sort_order: int
    is_enabled: bool
    is_stop: bool
    price_adjuster: ProductRulePriceAdjusterUpdate | None
    weight_adjuster: ProductRuleWeightAdjusterUpdate | None
    is_purchasing_disabled: bool
    purchasing_disabled_message: str
    is_purchasing_hidden: bool
    image_file: str
    conditions: list[ProductRuleConditionUpdate]

# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductDiscountRule` model and the bodies of its create and update calls."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel


class ProductDiscountRule(ApiModel):
    """`ProductDiscountRule`: an object of the v2 `ProductDiscountRules` resource. Every field
    but `id` is optional; unknown fields are kept.
    """

    id: str
    """Read-only: set by the API, never sent."""
    product_id: int | None = None
    """Read-only: set by the API, never sent."""
    min: int | None = None
    max: int | None = None
    type: str | None = None
    """Required to create. One of: `'price'`, `'percent'`, `'fixed'`."""
    type_value: str | None = None
    """Required to create."""

    def update(self, **fields: Unpack[ProductDiscountRuleUpdate]) -> ProductDiscountRule:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.product_discount_rules import ProductDiscountRules

        return self._resource(ProductDiscountRules).update(
            self._parent("product_id"), self._own_id(), **fields
        )

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.product_discount_rules import ProductDiscountRules

        return self._resource(ProductDiscountRules).delete(
            self._parent("product_id"), self._own_id()
        )


@with_config(REQUEST_CONFIG)
class ProductDiscountRuleCreate(TypedDict, total=False):
    """The fields to create a `ProductDiscountRule` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    min: int
    max: int
    type: Required[Literal["price", "percent", "fixed"]]
    type_value: Required[Decimal | float | int | str]


@with_config(REQUEST_CONFIG)
class ProductDiscountRuleUpdate(TypedDict, total=False):
    """The fields to update a `ProductDiscountRule` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    min: int
    max: int
    type: Literal["price", "percent", "fixed"]
    type_value: Decimal | float | int | str

# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductSku` model and the bodies of its create and update calls."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel
from .product_sku_option import ProductSkuOption, ProductSkuOptionCreate, ProductSkuOptionUpdate


class ProductSku(ApiModel):
    """`ProductSku`: an object of the v2 `ProductSkus` resource. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    product_id: int | None = None
    """Read-only: set by the API, never sent."""
    sku: str | None = None
    """Required to create."""
    price: str | None = None
    """May be null."""
    adjusted_price: str | None = None
    """Read-only: set by the API, never sent."""
    cost_price: str | None = None
    upc: str | None = None
    inventory_level: int | None = None
    inventory_warning_level: int | None = None
    bin_picking_number: str | None = None
    weight: str | None = None
    """May be null."""
    adjusted_weight: str | None = None
    """Read-only: set by the API, never sent."""
    is_purchasing_disabled: bool | None = None
    purchasing_disabled_message: str | None = None
    image_file: str | None = None
    options: list[ProductSkuOption] | None = None
    """Required to create."""

    def update(self, **fields: Unpack[ProductSkuUpdate]) -> ProductSku:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.product_skus import ProductSkus

        return self._resource(ProductSkus).update(
            self._parent("product_id"), self._own_id(), **fields
        )

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.product_skus import ProductSkus

        return self._resource(ProductSkus).delete(self._parent("product_id"), self._own_id())


@with_config(REQUEST_CONFIG)
class ProductSkuCreate(TypedDict, total=False):
    """The fields to create a `ProductSku` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    sku: Required[str]
    price: Decimal | float | int | str | None
    cost_price: Decimal | float | int | str
    upc: str
    inventory_level: int
    inventory_warning_level: int
    bin_picking_number: str
    weight: Decimal | float | int | str | None
    is_purchasing_disabled: bool
    purchasing_disabled_message: str
    image_file: str
    options: Required[list[ProductSkuOptionCreate]]


@with_config(REQUEST_CONFIG)
class ProductSkuUpdate(TypedDict, total=False):
    """The fields to update a `ProductSku` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    sku: str
    price: Decimal | float | int | str | None
    cost_price: Decimal | float | int | str
    upc: str
    inventory_level: int
    inventory_warning_level: int
    bin_picking_number: str
    weight: Decimal | float | int | str | None
    is_purchasing_disabled: bool
    purchasing_disabled_message: str
    image_file: str
    options: list[ProductSkuOptionUpdate]

# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `CreateProductModifierResponseData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .product_modifiers_catalog_v3_product_modifier_full import (
    ProductModifiersCatalogV3ProductModifierFull,
    ProductModifiersCatalogV3ProductModifierFullCreate,
    ProductModifiersCatalogV3ProductModifierFullUpdate,
)


class CreateProductModifierResponseData(ApiModel):
    """`CreateProductModifierResponseData`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    items: ProductModifiersCatalogV3ProductModifierFull | None = None


@with_config(REQUEST_CONFIG)
class CreateProductModifierResponseDataCreate(TypedDict, total=False):
    """The fields to create a `CreateProductModifierResponseData` with; unknown keys are refused."""

    items: ProductModifiersCatalogV3ProductModifierFullCreate


@with_config(REQUEST_CONFIG)
class CreateProductModifierResponseDataUpdate(TypedDict, total=False):
    """The fields to update a `CreateProductModifierResponseData` with; unknown keys are refused."""

    items: ProductModifiersCatalogV3ProductModifierFullUpdate

# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsModifiersValuesImage` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.create_product_modifier_image_request import CreateProductModifierImageRequestCreate
from ..models.create_product_modifier_image_response_data import (
    CreateProductModifierImageResponseData,
)


class V3CatalogProductsModifiersValuesImage(NodeResource):
    """`api.catalog.products.modifiers.values.image` (v3): create."""

    _version = "v3"

    def create(
        self,
        product_id: int,
        modifier_id: int,
        value_id: int,
        body: CreateProductModifierImageRequestCreate,
        /,
    ) -> CreateProductModifierImageResponseData:
        """`POST
        /v3/catalog/products/{product_id}/modifiers/{modifier_id}/values/{value_id}/image`
        (createProductModifierImage).
        """
        return self._one(
            CreateProductModifierImageResponseData,
            "POST",
            f"catalog/products/{segment(product_id)}/modifiers/{segment(modifier_id)}/values/{segment(value_id)}/image",
            {},
            None,
            body=body,
            body_type=CreateProductModifierImageRequestCreate,
            multipart=True,
            envelope=True,
        )

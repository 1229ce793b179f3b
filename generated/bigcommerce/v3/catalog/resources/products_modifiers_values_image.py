# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsModifiersValuesImage` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.brand_image_create import BrandImageCreate
from ..models.image_url import ImageUrl


class V3CatalogProductsModifiersValuesImage(NodeResource):
    """`api.catalog.products.modifiers.values.image` (v3): create."""

    _op_create: ClassVar[Operation[ImageUrl]] = Operation(
        method="POST",
        path="catalog/products/{product_id}/modifiers/{modifier_id}/values/{value_id}/image",
        version="v3",
        result="one",
        model=ImageUrl,
        body_type=BrandImageCreate,
        envelope=True,
        multipart=True,
        operation_id="createProductModifierImage",
    )

    def create(
        self,
        product_id: int,
        modifier_id: int,
        value_id: int,
        body: BrandImageCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ImageUrl:
        """`POST /v3/catalog/products/{product_id}/modifiers/{modifier_id}/values/{value_id}/image`
        (createProductModifierImage).

        Returns one `ImageUrl`.

        The body is sent as multipart/form-data (files as uploads).

        Args:
            product_id: `int`, the path's `{product_id}`.
            modifier_id: `int`, the path's `{modifier_id}`.
            value_id: `int`, the path's `{value_id}`.
            body: `BrandImageCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"catalog/products/{segment(product_id)}/modifiers/{segment(modifier_id)}/values/{segment(value_id)}/image",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

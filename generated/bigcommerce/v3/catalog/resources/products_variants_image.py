# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsVariantsImage` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.image_url import ImageUrl
from ..models.variant_image_create import VariantImageCreate


class V3CatalogProductsVariantsImage(NodeResource):
    """`api.catalog.products.variants.image` (v3): create."""

    _op_create: ClassVar[Operation[ImageUrl]] = Operation(
        method="POST",
        path="catalog/products/{product_id}/variants/{variant_id}/image",
        version="v3",
        result="one",
        model=ImageUrl,
        body_type=VariantImageCreate,
        envelope=True,
        operation_id="createProductVariantImage",
    )

    def create(
        self,
        product_id: int,
        variant_id: int,
        body: VariantImageCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ImageUrl:
        """`POST /v3/catalog/products/{product_id}/variants/{variant_id}/image`
        (createProductVariantImage).

        Returns one `ImageUrl`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            variant_id: `int`, the path's `{variant_id}`.
            body: `VariantImageCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"catalog/products/{segment(product_id)}/variants/{segment(variant_id)}/image",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

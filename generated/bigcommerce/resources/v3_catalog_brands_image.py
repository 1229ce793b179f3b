# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogBrandsImage` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.create_brand_image_request import CreateBrandImageRequestCreate
from ..models.create_brand_image_response_data import CreateBrandImageResponseData


class V3CatalogBrandsImage(NodeResource):
    """`api.catalog.brands.image` (v3): create, delete_all."""

    _version = "v3"

    def create(
        self, brand_id: int, body: CreateBrandImageRequestCreate, /
    ) -> CreateBrandImageResponseData:
        """`POST /v3/catalog/brands/{brand_id}/image` (createBrandImage)."""
        return self._one(
            CreateBrandImageResponseData,
            "POST",
            f"catalog/brands/{segment(brand_id)}/image",
            {},
            None,
            body=body,
            body_type=CreateBrandImageRequestCreate,
            multipart=True,
            envelope=True,
        )

    def delete_all(self, brand_id: int, /) -> None:
        """`DELETE /v3/catalog/brands/{brand_id}/image` (deleteBrandImage)."""
        return self._nothing("DELETE", f"catalog/brands/{segment(brand_id)}/image", {}, None)

# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogCategoriesImage` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.create_category_image_request import CreateCategoryImageRequestCreate
from ..models.create_category_image_response_data import CreateCategoryImageResponseData


class V3CatalogCategoriesImage(NodeResource):
    """`api.catalog.categories.image` (v3): create, delete_all."""

    _version = "v3"

    def create(
        self, category_id: int, body: CreateCategoryImageRequestCreate, /
    ) -> CreateCategoryImageResponseData:
        """`POST /v3/catalog/categories/{category_id}/image` (createCategoryImage)."""
        return self._one(
            CreateCategoryImageResponseData,
            "POST",
            f"catalog/categories/{segment(category_id)}/image",
            {},
            None,
            body=body,
            body_type=CreateCategoryImageRequestCreate,
            multipart=True,
            envelope=True,
        )

    def delete_all(self, category_id: int, /) -> None:
        """`DELETE /v3/catalog/categories/{category_id}/image` (deleteCategoryImage)."""
        return self._nothing("DELETE", f"catalog/categories/{segment(category_id)}/image", {}, None)

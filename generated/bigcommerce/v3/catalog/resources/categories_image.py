# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogCategoriesImage` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.brand_image_create import BrandImageCreate
from ..models.image_url import ImageUrl


class V3CatalogCategoriesImage(NodeResource):
    """`api.catalog.categories.image` (v3): create, delete_all."""

    _op_create: ClassVar[Operation[ImageUrl]] = Operation(
        method="POST",
        path="catalog/categories/{category_id}/image",
        version="v3",
        result="one",
        model=ImageUrl,
        body_type=BrandImageCreate,
        envelope=True,
        multipart=True,
        operation_id="createCategoryImage",
    )

    def create(
        self,
        category_id: int,
        body: BrandImageCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ImageUrl:
        """`POST /v3/catalog/categories/{category_id}/image` (createCategoryImage).

        Returns one `ImageUrl`.

        The body is sent as multipart/form-data (files as uploads).

        Args:
            category_id: `int`, the path's `{category_id}`.
            body: `BrandImageCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"catalog/categories/{segment(category_id)}/image",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/categories/{category_id}/image",
        version="v3",
        result="nothing",
        operation_id="deleteCategoryImage",
    )

    def delete_all(
        self,
        category_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/catalog/categories/{category_id}/image` (deleteCategoryImage).

        Returns None (the answer has no body).

        Args:
            category_id: `int`, the path's `{category_id}`.
        """
        return self._call(
            self._op_delete_all,
            f"catalog/categories/{segment(category_id)}/image",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

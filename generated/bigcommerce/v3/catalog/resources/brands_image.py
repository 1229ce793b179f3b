# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogBrandsImage` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.brand_image_create import BrandImageCreate
from ..models.image_url import ImageUrl


class V3CatalogBrandsImage(NodeResource):
    """`api.catalog.brands.image` (v3): create, delete_all."""

    _op_create: ClassVar[Operation[ImageUrl]] = Operation(
        method="POST",
        path="catalog/brands/{brand_id}/image",
        version="v3",
        result="one",
        model=ImageUrl,
        body_type=BrandImageCreate,
        envelope=True,
        multipart=True,
        operation_id="createBrandImage",
    )

    def create(
        self,
        brand_id: int,
        body: BrandImageCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ImageUrl:
        """`POST /v3/catalog/brands/{brand_id}/image` (createBrandImage).

        Returns one `ImageUrl`.

        The body is sent as multipart/form-data (files as uploads).

        Args:
            brand_id: `int`, the path's `{brand_id}`.
            body: `BrandImageCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"catalog/brands/{segment(brand_id)}/image",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/brands/{brand_id}/image",
        version="v3",
        result="nothing",
        operation_id="deleteBrandImage",
    )

    def delete_all(
        self,
        brand_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/catalog/brands/{brand_id}/image` (deleteBrandImage).

        Returns None (the answer has no body).

        Args:
            brand_id: `int`, the path's `{brand_id}`.
        """
        return self._call(
            self._op_delete_all,
            f"catalog/brands/{segment(brand_id)}/image",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

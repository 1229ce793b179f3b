# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductCustomFields` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.product_custom_field import (
    ProductCustomField,
    ProductCustomFieldCreate,
    ProductCustomFieldUpdate,
)


@with_config(REQUEST_CONFIG)
class ProductCustomFieldsFilters(TypedDict, total=False):
    """Query filters of `ProductCustomFields`; unknown keys are refused."""

    page: int
    limit: int


class ProductCustomFields(Resource):
    """`products/{product_id}/custom_fields` (v2): all, iterall, get, create, update, delete,
    delete_all, count.
    """

    def all(
        self, parentid: Id | None = None, **filters: Unpack[ProductCustomFieldsFilters]
    ) -> list[ProductCustomField]:
        """One page of ProductCustomField objects: `GET products/{parentid}/custom_fields`."""
        return self._list(
            ProductCustomField,
            f"products/{segment(parentid)}/custom_fields"
            if parentid is not None
            else "products/custom_fields",
            filters,
            ProductCustomFieldsFilters,
            parentid,
        )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        prefetch: int = 0,
        **filters: Unpack[ProductCustomFieldsFilters],
    ) -> Iterator[ProductCustomField]:
        """Every ProductCustomField of `GET products/{parentid}/custom_fields`, page after page,
        one page in memory at a time. `prefetch=N` fetches up to N more pages ahead, in the
        background.
        """
        return self._iterate(
            ProductCustomField,
            f"products/{segment(parentid)}/custom_fields"
            if parentid is not None
            else "products/custom_fields",
            filters,
            ProductCustomFieldsFilters,
            parentid,
            prefetch=prefetch,
            count_path=f"products/{segment(parentid)}/custom_fields/count"
            if parentid is not None
            else "products/custom_fields/count",
        )

    def get(self, parentid: Id, id: Id, /) -> ProductCustomField:
        """One ProductCustomField by id: `GET products/{parentid}/custom_fields/{id}`."""
        return self._get(
            ProductCustomField,
            f"products/{segment(parentid)}/custom_fields/{segment(id)}",
            parentid,
        )

    def create(
        self, parentid: Id, /, **fields: Unpack[ProductCustomFieldCreate]
    ) -> ProductCustomField:
        """Create a ProductCustomField: `POST products/{parentid}/custom_fields`; returns it as
        stored.
        """
        return self._write(
            ProductCustomField,
            "POST",
            f"products/{segment(parentid)}/custom_fields",
            fields,
            ProductCustomFieldCreate,
            parentid,
        )

    def update(
        self, parentid: Id, id: Id, /, **fields: Unpack[ProductCustomFieldUpdate]
    ) -> ProductCustomField:
        """Change a ProductCustomField: `PUT products/{parentid}/custom_fields/{id}`; returns it
        as stored.
        """
        return self._write(
            ProductCustomField,
            "PUT",
            f"products/{segment(parentid)}/custom_fields/{segment(id)}",
            fields,
            ProductCustomFieldUpdate,
            parentid,
        )

    def delete(self, parentid: Id, id: Id, /) -> None:
        """Delete one ProductCustomField: `DELETE products/{parentid}/custom_fields/{id}`."""
        return self._delete(f"products/{segment(parentid)}/custom_fields/{segment(id)}")

    def delete_all(self, parentid: Id, /) -> None:
        """Delete every ProductCustomField: `DELETE products/{parentid}/custom_fields`."""
        return self._delete(f"products/{segment(parentid)}/custom_fields")

    def count(
        self, parentid: Id | None = None, **filters: Unpack[ProductCustomFieldsFilters]
    ) -> int:
        """How many ProductCustomField objects match: `GET
        products/{parentid}/custom_fields/count`.
        """
        return self._count(
            f"products/{segment(parentid)}/custom_fields/count"
            if parentid is not None
            else "products/custom_fields/count",
            filters,
            ProductCustomFieldsFilters,
        )

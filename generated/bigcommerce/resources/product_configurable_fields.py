# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductConfigurableFields` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.product_configurable_field import ProductConfigurableField


@with_config(REQUEST_CONFIG)
class ProductConfigurableFieldsFilters(TypedDict, total=False):
    """Query filters of `ProductConfigurableFields`; unknown keys are refused."""

    page: int
    limit: int


class ProductConfigurableFields(Resource):
    """`products/{product_id}/configurable_fields` (v2): all, iterall, get, delete, delete_all,
    count.
    """

    def all(
        self, parentid: Id | None = None, **filters: Unpack[ProductConfigurableFieldsFilters]
    ) -> list[ProductConfigurableField]:
        """One page of ProductConfigurableField objects: `GET
        products/{parentid}/configurable_fields`.
        """
        return self._list(
            ProductConfigurableField,
            f"products/{segment(parentid)}/configurable_fields"
            if parentid is not None
            else "products/configurable_fields",
            filters,
            ProductConfigurableFieldsFilters,
            parentid,
        )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        prefetch: int = 0,
        **filters: Unpack[ProductConfigurableFieldsFilters],
    ) -> Iterator[ProductConfigurableField]:
        """Every ProductConfigurableField of `GET products/{parentid}/configurable_fields`, page
        after page, one page in memory at a time. `prefetch=N` fetches up to N more pages
        ahead, in the background.
        """
        return self._iterate(
            ProductConfigurableField,
            f"products/{segment(parentid)}/configurable_fields"
            if parentid is not None
            else "products/configurable_fields",
            filters,
            ProductConfigurableFieldsFilters,
            parentid,
            prefetch=prefetch,
            count_path=f"products/{segment(parentid)}/configurable_fields/count"
            if parentid is not None
            else "products/configurable_fields/count",
        )

    def get(self, parentid: Id, id: Id, /) -> ProductConfigurableField:
        """One ProductConfigurableField by id: `GET
        products/{parentid}/configurable_fields/{id}`.
        """
        return self._get(
            ProductConfigurableField,
            f"products/{segment(parentid)}/configurable_fields/{segment(id)}",
            parentid,
        )

    def delete(self, parentid: Id, id: Id, /) -> None:
        """Delete one ProductConfigurableField: `DELETE
        products/{parentid}/configurable_fields/{id}`.
        """
        return self._delete(f"products/{segment(parentid)}/configurable_fields/{segment(id)}")

    def delete_all(self, parentid: Id, /) -> None:
        """Delete every ProductConfigurableField: `DELETE
        products/{parentid}/configurable_fields`.
        """
        return self._delete(f"products/{segment(parentid)}/configurable_fields")

    def count(
        self, parentid: Id | None = None, **filters: Unpack[ProductConfigurableFieldsFilters]
    ) -> int:
        """How many ProductConfigurableField objects match: `GET
        products/{parentid}/configurable_fields/count`.
        """
        return self._count(
            f"products/{segment(parentid)}/configurable_fields/count"
            if parentid is not None
            else "products/configurable_fields/count",
            filters,
            ProductConfigurableFieldsFilters,
        )

# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductRules` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.product_rule import ProductRule, ProductRuleCreate, ProductRuleUpdate


@with_config(REQUEST_CONFIG)
class ProductRulesFilters(TypedDict, total=False):
    """Query filters of `ProductRules`; unknown keys are refused."""

    page: int
    limit: int


class ProductRules(Resource):
    """`products/{product_id}/rules` (v2): all, iterall, get, create, update, delete, delete_all,
    count.
    """

    def all(
        self, parentid: Id | None = None, **filters: Unpack[ProductRulesFilters]
    ) -> list[ProductRule]:
        """One page of ProductRule objects: `GET products/{parentid}/rules`."""
        return self._list(
            ProductRule,
            f"products/{segment(parentid)}/rules" if parentid is not None else "products/rules",
            filters,
            ProductRulesFilters,
            parentid,
        )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        prefetch: int = 0,
        **filters: Unpack[ProductRulesFilters],
    ) -> Iterator[ProductRule]:
        """Every ProductRule of `GET products/{parentid}/rules`, page after page, one page in
        memory at a time. `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._iterate(
            ProductRule,
            f"products/{segment(parentid)}/rules" if parentid is not None else "products/rules",
            filters,
            ProductRulesFilters,
            parentid,
            prefetch=prefetch,
            count_path=f"products/{segment(parentid)}/rules/count"
            if parentid is not None
            else "products/rules/count",
        )

    def get(self, parentid: Id, id: Id, /) -> ProductRule:
        """One ProductRule by id: `GET products/{parentid}/rules/{id}`."""
        return self._get(ProductRule, f"products/{segment(parentid)}/rules/{segment(id)}", parentid)

    def create(self, parentid: Id, /, **fields: Unpack[ProductRuleCreate]) -> ProductRule:
        """Create a ProductRule: `POST products/{parentid}/rules`; returns it as stored."""
        return self._write(
            ProductRule,
            "POST",
            f"products/{segment(parentid)}/rules",
            fields,
            ProductRuleCreate,
            parentid,
        )

    def update(self, parentid: Id, id: Id, /, **fields: Unpack[ProductRuleUpdate]) -> ProductRule:
        """Change a ProductRule: `PUT products/{parentid}/rules/{id}`; returns it as stored."""
        return self._write(
            ProductRule,
            "PUT",
            f"products/{segment(parentid)}/rules/{segment(id)}",
            fields,
            ProductRuleUpdate,
            parentid,
        )

    def delete(self, parentid: Id, id: Id, /) -> None:
        """Delete one ProductRule: `DELETE products/{parentid}/rules/{id}`."""
        return self._delete(f"products/{segment(parentid)}/rules/{segment(id)}")

    def delete_all(self, parentid: Id, /) -> None:
        """Delete every ProductRule: `DELETE products/{parentid}/rules`."""
        return self._delete(f"products/{segment(parentid)}/rules")

    def count(self, parentid: Id | None = None, **filters: Unpack[ProductRulesFilters]) -> int:
        """How many ProductRule objects match: `GET products/{parentid}/rules/count`."""
        return self._count(
            f"products/{segment(parentid)}/rules/count"
            if parentid is not None
            else "products/rules/count",
            filters,
            ProductRulesFilters,
        )

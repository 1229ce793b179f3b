# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductDiscountRules` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.product_discount_rule import (
    ProductDiscountRule,
    ProductDiscountRuleCreate,
    ProductDiscountRuleUpdate,
)


@with_config(REQUEST_CONFIG)
class ProductDiscountRulesFilters(TypedDict, total=False):
    """Query filters of `ProductDiscountRules`; unknown keys are refused."""

    page: int
    limit: int


class ProductDiscountRules(Resource):
    """`products/{product_id}/discount_rules` (v2): all, iterall, get, create, update, delete,
    delete_all, count.
    """

    def all(
        self, parentid: Id | None = None, **filters: Unpack[ProductDiscountRulesFilters]
    ) -> list[ProductDiscountRule]:
        """One page of ProductDiscountRule objects: `GET products/{parentid}/discount_rules`."""
        return self._list(
            ProductDiscountRule,
            f"products/{segment(parentid)}/discount_rules"
            if parentid is not None
            else "products/discount_rules",
            filters,
            ProductDiscountRulesFilters,
            parentid,
        )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        prefetch: int = 0,
        **filters: Unpack[ProductDiscountRulesFilters],
    ) -> Iterator[ProductDiscountRule]:
        """Every ProductDiscountRule of `GET products/{parentid}/discount_rules`, page after
        page, one page in memory at a time. `prefetch=N` fetches up to N more pages ahead, in
        the background.
        """
        return self._iterate(
            ProductDiscountRule,
            f"products/{segment(parentid)}/discount_rules"
            if parentid is not None
            else "products/discount_rules",
            filters,
            ProductDiscountRulesFilters,
            parentid,
            prefetch=prefetch,
            count_path=f"products/{segment(parentid)}/discount_rules/count"
            if parentid is not None
            else "products/discount_rules/count",
        )

    def get(self, parentid: Id, id: Id, /) -> ProductDiscountRule:
        """One ProductDiscountRule by id: `GET products/{parentid}/discount_rules/{id}`."""
        return self._get(
            ProductDiscountRule,
            f"products/{segment(parentid)}/discount_rules/{segment(id)}",
            parentid,
        )

    def create(
        self, parentid: Id, /, **fields: Unpack[ProductDiscountRuleCreate]
    ) -> ProductDiscountRule:
        """Create a ProductDiscountRule: `POST products/{parentid}/discount_rules`; returns it as
        stored.
        """
        return self._write(
            ProductDiscountRule,
            "POST",
            f"products/{segment(parentid)}/discount_rules",
            fields,
            ProductDiscountRuleCreate,
            parentid,
        )

    def update(
        self, parentid: Id, id: Id, /, **fields: Unpack[ProductDiscountRuleUpdate]
    ) -> ProductDiscountRule:
        """Change a ProductDiscountRule: `PUT products/{parentid}/discount_rules/{id}`; returns
        it as stored.
        """
        return self._write(
            ProductDiscountRule,
            "PUT",
            f"products/{segment(parentid)}/discount_rules/{segment(id)}",
            fields,
            ProductDiscountRuleUpdate,
            parentid,
        )

    def delete(self, parentid: Id, id: Id, /) -> None:
        """Delete one ProductDiscountRule: `DELETE products/{parentid}/discount_rules/{id}`."""
        return self._delete(f"products/{segment(parentid)}/discount_rules/{segment(id)}")

    def delete_all(self, parentid: Id, /) -> None:
        """Delete every ProductDiscountRule: `DELETE products/{parentid}/discount_rules`."""
        return self._delete(f"products/{segment(parentid)}/discount_rules")

    def count(
        self, parentid: Id | None = None, **filters: Unpack[ProductDiscountRulesFilters]
    ) -> int:
        """How many ProductDiscountRule objects match: `GET
        products/{parentid}/discount_rules/count`.
        """
        return self._count(
            f"products/{segment(parentid)}/discount_rules/count"
            if parentid is not None
            else "products/discount_rules/count",
            filters,
            ProductDiscountRulesFilters,
        )

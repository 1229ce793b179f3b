# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V2` resource (v2)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._operation import NodeResource

if TYPE_CHECKING:
    from .banners.resources.banners import V2Banners
    from .blog.resources.blog import V2Blog
    from .countries.resources.countries import V2Countries
    from .currencies.resources.currencies import V2Currencies
    from .customers.resources.customers import V2Customers
    from .orders.resources.orders import V2Orders
    from .shipping.resources.shipping import V2Shipping


class V2(NodeResource):
    """`api.v2` (v2): a namespace."""

    @cached_property
    def banners(self) -> V2Banners:
        from .banners.resources.banners import V2Banners

        return V2Banners(self._connection)

    @cached_property
    def blog(self) -> V2Blog:
        from .blog.resources.blog import V2Blog

        return V2Blog(self._connection)

    @cached_property
    def countries(self) -> V2Countries:
        from .countries.resources.countries import V2Countries

        return V2Countries(self._connection)

    @cached_property
    def currencies(self) -> V2Currencies:
        from .currencies.resources.currencies import V2Currencies

        return V2Currencies(self._connection)

    @cached_property
    def customers(self) -> V2Customers:
        from .customers.resources.customers import V2Customers

        return V2Customers(self._connection)

    @cached_property
    def orders(self) -> V2Orders:
        from .orders.resources.orders import V2Orders

        return V2Orders(self._connection)

    @cached_property
    def shipping(self) -> V2Shipping:
        from .shipping.resources.shipping import V2Shipping

        return V2Shipping(self._connection)

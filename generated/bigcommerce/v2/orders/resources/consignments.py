# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `V2OrdersConsignments` resource (v2)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.order_consignment import OrderConsignment

if TYPE_CHECKING:
    from .consignments_shipping import V2OrdersConsignmentsShipping


@with_config(REQUEST_CONFIG)
class V2OrdersConsignmentsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    include: list[Literal["consignments.line_items"]]


class V2OrdersConsignments(NodeResource):
    """`api.v2.orders.consignments` (v2): get."""

    @cached_property
    def shipping(self) -> V2OrdersConsignmentsShipping:
        from .consignments_shipping import V2OrdersConsignmentsShipping

        return V2OrdersConsignmentsShipping(self._connection)

    _op_get: ClassVar[Operation[OrderConsignment]] = Operation(
        method="GET",
        path="orders/{order_id}/consignments",
        version="v2",
        result="one",
        model=OrderConsignment,
        query_type=V2OrdersConsignmentsGetQuery,
        operation_id="getOrderConsignments",
    )

    def get(
        self,
        order_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V2OrdersConsignmentsGetQuery],
    ) -> OrderConsignment:
        """`GET /v2/orders/{order_id}/consignments` (getOrderConsignments).

        Returns one `OrderConsignment`.

        Args:
            order_id: `int`, the path's `{order_id}`.
            query: the query parameters (`V2OrdersConsignmentsGetQuery`).
        """
        return self._call(
            self._op_get,
            f"orders/{segment(order_id)}/consignments",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

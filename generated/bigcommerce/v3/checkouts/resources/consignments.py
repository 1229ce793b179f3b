# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `V3CheckoutsConsignments` resource (v3)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.delete_coupon_code_delete import DeleteCouponCodeDelete
from ..models.checkout import Checkout
from ..models.checkout_consignment_create_many_item import CheckoutConsignmentCreateManyItem
from ..models.checkout_consignment_update import CheckoutConsignmentUpdate


@with_config(REQUEST_CONFIG)
class V3CheckoutsConsignmentsCreateManyQuery(TypedDict, total=False):
    """Query parameters of `create_many`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    include: Literal["consignments.available_shipping_options"]


@with_config(REQUEST_CONFIG)
class V3CheckoutsConsignmentsUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    include: Literal["consignments.available_shipping_options"]


class V3CheckoutsConsignments(NodeResource):
    """`api.checkouts.consignments` (v3): create_many, delete, update."""

    _op_create_many: ClassVar[Operation[Checkout]] = Operation(
        method="POST",
        path="checkouts/{checkout_id}/consignments",
        version="v3",
        result="one",
        model=Checkout,
        query_type=V3CheckoutsConsignmentsCreateManyQuery,
        body_type=list[CheckoutConsignmentCreateManyItem],
        envelope=True,
        operation_id="addCheckoutConsignment",
    )

    def create_many(
        self,
        checkout_id: str,
        body: list[CheckoutConsignmentCreateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CheckoutsConsignmentsCreateManyQuery],
    ) -> Checkout:
        """`POST /v3/checkouts/{checkout_id}/consignments` (addCheckoutConsignment).

        Returns one `Checkout`.

        Args:
            checkout_id: `str`, the path's `{checkout_id}`.
            body: `list[CheckoutConsignmentCreateManyItem]`, the request body.
            query: the query parameters (`V3CheckoutsConsignmentsCreateManyQuery`).
        """
        return self._call(
            self._op_create_many,
            f"checkouts/{segment(checkout_id)}/consignments",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[Checkout]] = Operation(
        method="DELETE",
        path="checkouts/{checkout_id}/consignments/{consignment_id}",
        version="v3",
        result="one",
        model=Checkout,
        body_type=DeleteCouponCodeDelete,
        envelope=True,
        operation_id="deleteCheckoutConsignment",
    )

    def delete(
        self,
        checkout_id: str,
        consignment_id: str,
        body: DeleteCouponCodeDelete,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Checkout:
        """`DELETE /v3/checkouts/{checkout_id}/consignments/{consignment_id}`
        (deleteCheckoutConsignment).

        Returns one `Checkout`.

        Args:
            checkout_id: `str`, the path's `{checkout_id}`.
            consignment_id: `str`, the path's `{consignment_id}`.
            body: `DeleteCouponCodeDelete`, the request body.
        """
        return self._call(
            self._op_delete,
            f"checkouts/{segment(checkout_id)}/consignments/{segment(consignment_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Checkout]] = Operation(
        method="PUT",
        path="checkouts/{checkout_id}/consignments/{consignment_id}",
        version="v3",
        result="one",
        model=Checkout,
        query_type=V3CheckoutsConsignmentsUpdateQuery,
        body_type=CheckoutConsignmentUpdate,
        envelope=True,
        operation_id="updateCheckoutConsignment",
    )

    def update(
        self,
        checkout_id: str,
        consignment_id: str,
        body: CheckoutConsignmentUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CheckoutsConsignmentsUpdateQuery],
    ) -> Checkout:
        """`PUT /v3/checkouts/{checkout_id}/consignments/{consignment_id}`
        (updateCheckoutConsignment).

        Returns one `Checkout`.

        Args:
            checkout_id: `str`, the path's `{checkout_id}`.
            consignment_id: `str`, the path's `{consignment_id}`.
            body: `CheckoutConsignmentUpdate`, the request body.
            query: the query parameters (`V3CheckoutsConsignmentsUpdateQuery`).
        """
        return self._call(
            self._op_update,
            f"checkouts/{segment(checkout_id)}/consignments/{segment(consignment_id)}",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `V3TaxClasses` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.class_update_many_item import ClassUpdateManyItem
from ..models.tax_class_resource import TaxClassResource


@with_config(REQUEST_CONFIG)
class V3TaxClassesDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    id__in: Required[str]
    """Sent as `id:in`. Required by the documents."""


class V3TaxClasses(NodeResource):
    """`api.tax.classes` (v3): delete_many, update_many."""

    _op_delete_many: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="tax/classes",
        version="v3",
        result="nothing",
        query_type=V3TaxClassesDeleteManyQuery,
        operation_id="taxClassBatchDelete",
        required_query=("id:in",),
    )

    def delete_many(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3TaxClassesDeleteManyQuery],
    ) -> None:
        """`DELETE /v3/tax/classes` (taxClassBatchDelete).

        Returns None (the answer has no body).

        Query parameters refused before sending when missing: `id__in`.

        Args:
            query: the query parameters (`V3TaxClassesDeleteManyQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_delete_many,
            "tax/classes",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[TaxClassResource]]] = Operation(
        method="PUT",
        path="tax/classes",
        version="v3",
        result="many",
        model=TaxClassResource,
        body_type=list[ClassUpdateManyItem],
        envelope=True,
        batch_limit=50,
        operation_id="taxClassBatchPut",
    )

    def update_many(
        self,
        body: list[ClassUpdateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[TaxClassResource]:
        """`PUT /v3/tax/classes` (taxClassBatchPut).

        Returns a list of `TaxClassResource` objects.

        Sends at most 50 items a request: a longer list is sent in chunks of 50, one request after
        another.

        Args:
            body: `list[ClassUpdateManyItem]`, the request body; sent 50 items a request.
        """
        return self._call(
            self._op_update_many,
            "tax/classes",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

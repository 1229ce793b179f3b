# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `V3TaxProperties` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.property import Property
from ..models.property_create_many_item import PropertyCreateManyItem
from ..models.property_update_many_item import PropertyUpdateManyItem


@with_config(REQUEST_CONFIG)
class V3TaxPropertiesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    id__in: list[int]
    """Sent as `id:in`."""
    type__in: list[str]
    """Sent as `type:in`."""


@with_config(REQUEST_CONFIG)
class V3TaxPropertiesDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    id__in: Required[list[int]]
    """Sent as `id:in`. Required by the documents."""


class V3TaxProperties(NodeResource):
    """`api.tax.properties` (v3): all, create_many, delete_many, update_many."""

    _op_all: ClassVar[Operation[list[Property]]] = Operation(
        method="GET",
        path="tax/properties",
        version="v3",
        result="many",
        model=Property,
        query_type=V3TaxPropertiesAllQuery,
        envelope=True,
        operation_id="getTaxProperties",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3TaxPropertiesAllQuery],
    ) -> list[Property]:
        """`GET /v3/tax/properties` (getTaxProperties).

        Returns a list of `Property` objects.

        Args:
            query: the query parameters (`V3TaxPropertiesAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_all,
            "tax/properties",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[Property]]] = Operation(
        method="POST",
        path="tax/properties",
        version="v3",
        result="many",
        model=Property,
        body_type=list[PropertyCreateManyItem],
        envelope=True,
        operation_id="createTaxProperties",
    )

    def create_many(
        self,
        body: list[PropertyCreateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[Property]:
        """`POST /v3/tax/properties` (createTaxProperties).

        Returns a list of `Property` objects.

        Args:
            body: `list[PropertyCreateManyItem]`, the request body.
        """
        return self._call(
            self._op_create_many,
            "tax/properties",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="tax/properties",
        version="v3",
        result="nothing",
        query_type=V3TaxPropertiesDeleteManyQuery,
        operation_id="deleteTaxProperties",
        required_query=("id:in",),
    )

    def delete_many(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3TaxPropertiesDeleteManyQuery],
    ) -> None:
        """`DELETE /v3/tax/properties` (deleteTaxProperties).

        Returns None (the answer has no body).

        Query parameters refused before sending when missing: `id__in`.

        Args:
            query: the query parameters (`V3TaxPropertiesDeleteManyQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_delete_many,
            "tax/properties",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[Property]]] = Operation(
        method="PUT",
        path="tax/properties",
        version="v3",
        result="many",
        model=Property,
        body_type=list[PropertyUpdateManyItem],
        envelope=True,
        operation_id="updateTaxProperties",
    )

    def update_many(
        self,
        body: list[PropertyUpdateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[Property]:
        """`PUT /v3/tax/properties` (updateTaxProperties).

        Returns a list of `Property` objects.

        Args:
            body: `list[PropertyUpdateManyItem]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "tax/properties",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `V3ChannelsCurrencyAssignments` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.channel_currency_assignment_create import (
    ChannelCurrencyAssignmentCreate,
    ChannelCurrencyAssignmentUpdate,
)
from ..models.channel_currency_assignment_create_many_item import (
    ChannelCurrencyAssignmentCreateManyItem,
    ChannelCurrencyAssignmentUpdateManyItem,
)
from ..models.currency_not_required_with_channel_id import CurrencyNotRequiredWithChannelId


class V3ChannelsCurrencyAssignments(NodeResource):
    """`api.channels.currency_assignments` (v3): all, create, create_many, delete_all, get,
    update, update_many.
    """

    _op_all: ClassVar[Operation[list[CurrencyNotRequiredWithChannelId]]] = Operation(
        method="GET",
        path="channels/currency-assignments",
        version="v3",
        result="many",
        model=CurrencyNotRequiredWithChannelId,
        envelope=True,
        operation_id="getAllCurrencyAssignments",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[CurrencyNotRequiredWithChannelId]:
        """`GET /v3/channels/currency-assignments` (getAllCurrencyAssignments).

        Returns a list of `CurrencyNotRequiredWithChannelId` objects.
        """
        return self._call(
            self._op_all,
            "channels/currency-assignments",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[CurrencyNotRequiredWithChannelId]] = Operation(
        method="POST",
        path="channels/{channel_id}/currency-assignments",
        version="v3",
        result="one",
        model=CurrencyNotRequiredWithChannelId,
        body_type=ChannelCurrencyAssignmentCreate,
        envelope=True,
        operation_id="createSingleChannelCurrencyAssignments",
    )

    def create(
        self,
        channel_id: int,
        body: ChannelCurrencyAssignmentCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CurrencyNotRequiredWithChannelId:
        """`POST /v3/channels/{channel_id}/currency-assignments`
        (createSingleChannelCurrencyAssignments).

        Returns one `CurrencyNotRequiredWithChannelId`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
            body: `ChannelCurrencyAssignmentCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"channels/{segment(channel_id)}/currency-assignments",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[CurrencyNotRequiredWithChannelId]]] = Operation(
        method="POST",
        path="channels/currency-assignments",
        version="v3",
        result="many",
        model=CurrencyNotRequiredWithChannelId,
        body_type=list[ChannelCurrencyAssignmentCreateManyItem],
        envelope=True,
        operation_id="createMultipleChannelsCurrencyAssignments",
    )

    def create_many(
        self,
        body: list[ChannelCurrencyAssignmentCreateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[CurrencyNotRequiredWithChannelId]:
        """`POST /v3/channels/currency-assignments` (createMultipleChannelsCurrencyAssignments).

        Returns a list of `CurrencyNotRequiredWithChannelId` objects.

        Args:
            body: `list[ChannelCurrencyAssignmentCreateManyItem]`, the request body.
        """
        return self._call(
            self._op_create_many,
            "channels/currency-assignments",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[int]] = Operation(
        method="DELETE",
        path="channels/{channel_id}/currency-assignments",
        version="v3",
        result="value",
        model=int,
        envelope=True,
        operation_id="deleteSingleChannelCurrencyAssignments",
    )

    def delete_all(
        self,
        channel_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> int:
        """`DELETE /v3/channels/{channel_id}/currency-assignments`
        (deleteSingleChannelCurrencyAssignments).

        Returns `int`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
        """
        return self._call(
            self._op_delete_all,
            f"channels/{segment(channel_id)}/currency-assignments",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[CurrencyNotRequiredWithChannelId]] = Operation(
        method="GET",
        path="channels/{channel_id}/currency-assignments",
        version="v3",
        result="one",
        model=CurrencyNotRequiredWithChannelId,
        envelope=True,
        operation_id="getSingleChannelCurrencyAssignments",
    )

    def get(
        self,
        channel_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CurrencyNotRequiredWithChannelId:
        """`GET /v3/channels/{channel_id}/currency-assignments`
        (getSingleChannelCurrencyAssignments).

        Returns one `CurrencyNotRequiredWithChannelId`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
        """
        return self._call(
            self._op_get,
            f"channels/{segment(channel_id)}/currency-assignments",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[CurrencyNotRequiredWithChannelId]] = Operation(
        method="PUT",
        path="channels/{channel_id}/currency-assignments",
        version="v3",
        result="one",
        model=CurrencyNotRequiredWithChannelId,
        body_type=ChannelCurrencyAssignmentUpdate,
        envelope=True,
        operation_id="updateSingleChannelCurrencyAssignments",
    )

    def update(
        self,
        channel_id: int,
        body: ChannelCurrencyAssignmentUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CurrencyNotRequiredWithChannelId:
        """`PUT /v3/channels/{channel_id}/currency-assignments`
        (updateSingleChannelCurrencyAssignments).

        Returns one `CurrencyNotRequiredWithChannelId`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
            body: `ChannelCurrencyAssignmentUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"channels/{segment(channel_id)}/currency-assignments",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[CurrencyNotRequiredWithChannelId]]] = Operation(
        method="PUT",
        path="channels/currency-assignments",
        version="v3",
        result="many",
        model=CurrencyNotRequiredWithChannelId,
        body_type=list[ChannelCurrencyAssignmentUpdateManyItem],
        envelope=True,
        operation_id="updateMultipleChannelsCurrencyAssignments",
    )

    def update_many(
        self,
        body: list[ChannelCurrencyAssignmentUpdateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[CurrencyNotRequiredWithChannelId]:
        """`PUT /v3/channels/currency-assignments` (updateMultipleChannelsCurrencyAssignments).

        Returns a list of `CurrencyNotRequiredWithChannelId` objects.

        Args:
            body: `list[ChannelCurrencyAssignmentUpdateManyItem]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "channels/currency-assignments",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

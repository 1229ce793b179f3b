# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `V3ChannelsCurrencyAssignments` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.currency_not_required_with_channel_id import CurrencyNotRequiredWithChannelId
from ..models.currency_required_with_channel_id import (
    CurrencyRequiredWithChannelIdCreate,
    CurrencyRequiredWithChannelIdUpdate,
)
from ..models.currency_required_without_channel_id import (
    CurrencyRequiredWithoutChannelIdCreate,
    CurrencyRequiredWithoutChannelIdUpdate,
)


class V3ChannelsCurrencyAssignments(NodeResource):
    """`api.channels.currency_assignments` (v3): all, create, create_many, delete_all, get,
    update, update_many.
    """

    _version = "v3"

    def all(self) -> list[CurrencyNotRequiredWithChannelId]:
        """`GET /v3/channels/currency-assignments` (getAllCurrencyAssignments)."""
        return self._many(
            CurrencyNotRequiredWithChannelId,
            "GET",
            "channels/currency-assignments",
            {},
            None,
            envelope=True,
        )

    def create(
        self, channel_id: int, body: CurrencyRequiredWithoutChannelIdCreate, /
    ) -> CurrencyNotRequiredWithChannelId:
        """`POST /v3/channels/{channel_id}/currency-assignments`
        (createSingleChannelCurrencyAssignments).
        """
        return self._one(
            CurrencyNotRequiredWithChannelId,
            "POST",
            f"channels/{segment(channel_id)}/currency-assignments",
            {},
            None,
            body=body,
            body_type=CurrencyRequiredWithoutChannelIdCreate,
            envelope=True,
        )

    def create_many(
        self, body: list[CurrencyRequiredWithChannelIdCreate], /
    ) -> list[CurrencyNotRequiredWithChannelId]:
        """`POST /v3/channels/currency-assignments` (createMultipleChannelsCurrencyAssignments)."""
        return self._many(
            CurrencyNotRequiredWithChannelId,
            "POST",
            "channels/currency-assignments",
            {},
            None,
            body=body,
            body_type=list[CurrencyRequiredWithChannelIdCreate],
            envelope=True,
        )

    def delete_all(self, channel_id: int, /) -> int:
        """`DELETE /v3/channels/{channel_id}/currency-assignments`
        (deleteSingleChannelCurrencyAssignments).
        """
        return self._value(
            int,
            "DELETE",
            f"channels/{segment(channel_id)}/currency-assignments",
            {},
            None,
            envelope=True,
        )

    def get(self, channel_id: int, /) -> CurrencyNotRequiredWithChannelId:
        """`GET /v3/channels/{channel_id}/currency-assignments`
        (getSingleChannelCurrencyAssignments).
        """
        return self._one(
            CurrencyNotRequiredWithChannelId,
            "GET",
            f"channels/{segment(channel_id)}/currency-assignments",
            {},
            None,
            envelope=True,
        )

    def update(
        self, channel_id: int, body: CurrencyRequiredWithoutChannelIdUpdate, /
    ) -> CurrencyNotRequiredWithChannelId:
        """`PUT /v3/channels/{channel_id}/currency-assignments`
        (updateSingleChannelCurrencyAssignments).
        """
        return self._one(
            CurrencyNotRequiredWithChannelId,
            "PUT",
            f"channels/{segment(channel_id)}/currency-assignments",
            {},
            None,
            body=body,
            body_type=CurrencyRequiredWithoutChannelIdUpdate,
            envelope=True,
        )

    def update_many(
        self, body: list[CurrencyRequiredWithChannelIdUpdate], /
    ) -> list[CurrencyNotRequiredWithChannelId]:
        """`PUT /v3/channels/currency-assignments` (updateMultipleChannelsCurrencyAssignments)."""
        return self._many(
            CurrencyNotRequiredWithChannelId,
            "PUT",
            "channels/currency-assignments",
            {},
            None,
            body=body,
            body_type=list[CurrencyRequiredWithChannelIdUpdate],
            envelope=True,
        )

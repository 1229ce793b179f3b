# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The `V3PickupOptions` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from ..models.pickup_options_response import PickupOptionsResponse
from ..models.pickup_request_payload import PickupRequestPayloadCreate


class V3PickupOptions(NodeResource):
    """`api.pickup.options` (v3): create."""

    _version = "v3"

    def create(self, body: PickupRequestPayloadCreate, /) -> PickupOptionsResponse:
        """`POST /v3/pickup/options` (post-pickup-options)."""
        return self._one(
            PickupOptionsResponse,
            "POST",
            "pickup/options",
            {},
            None,
            body=body,
            body_type=PickupRequestPayloadCreate,
        )

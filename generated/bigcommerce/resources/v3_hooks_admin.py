# Generated from spec/imported/v3/hooks.yaml by codegen (`make generate`); do not edit.
"""The `V3HooksAdmin` resource (v3)."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.get_hooks_admin_response_data import GetHooksAdminResponseData
from ..models.update_hooks_admin_request import UpdateHooksAdminRequestUpdate


@with_config(REQUEST_CONFIG)
class V3HooksAdminGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in`; unknown keys are refused."""

    is_active: bool


class V3HooksAdmin(NodeResource):
    """`api.hooks.admin` (v3): get, update."""

    _version = "v3"

    def get(self, **query: Unpack[V3HooksAdminGetQuery]) -> GetHooksAdminResponseData:
        """`GET /v3/hooks/admin` (getHooksAdmin)."""
        return self._one(
            GetHooksAdminResponseData,
            "GET",
            "hooks/admin",
            query,
            V3HooksAdminGetQuery,
            envelope=True,
        )

    def update(self, body: UpdateHooksAdminRequestUpdate, /) -> None:
        """`PUT /v3/hooks/admin` (updateHooksAdmin)."""
        return self._nothing(
            "PUT", "hooks/admin", {}, None, body=body, body_type=UpdateHooksAdminRequestUpdate
        )

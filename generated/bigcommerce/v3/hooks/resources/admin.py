# Generated from spec/imported/v3/hooks.yaml by codegen (`make generate`); do not edit.
"""The `V3HooksAdmin` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.hook_admin import HookAdmin
from ..models.hook_admin_update import HookAdminUpdate


@with_config(REQUEST_CONFIG)
class V3HooksAdminGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    is_active: bool


class V3HooksAdmin(NodeResource):
    """`api.hooks.admin` (v3): get, update."""

    _op_get: ClassVar[Operation[HookAdmin]] = Operation(
        method="GET",
        path="hooks/admin",
        version="v3",
        result="one",
        model=HookAdmin,
        query_type=V3HooksAdminGetQuery,
        envelope=True,
        operation_id="getHooksAdmin",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3HooksAdminGetQuery],
    ) -> HookAdmin:
        """`GET /v3/hooks/admin` (getHooksAdmin).

        Returns one `HookAdmin`.

        Args:
            query: the query parameters (`V3HooksAdminGetQuery`).
        """
        return self._call(
            self._op_get,
            "hooks/admin",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[None]] = Operation(
        method="PUT",
        path="hooks/admin",
        version="v3",
        result="nothing",
        body_type=HookAdminUpdate,
        operation_id="updateHooksAdmin",
    )

    def update(
        self,
        body: HookAdminUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`PUT /v3/hooks/admin` (updateHooksAdmin).

        Returns None (the answer has no body).

        Args:
            body: `HookAdminUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            "hooks/admin",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

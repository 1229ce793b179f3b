# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsEmailStatuses` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.email_status_update import EmailStatusUpdate, EmailStatusUpdateBody


@with_config(REQUEST_CONFIG)
class V3SettingsEmailStatusesGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsEmailStatusesUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    channel_id: int


class V3SettingsEmailStatuses(NodeResource):
    """`api.settings.email_statuses` (v3): get, update."""

    _op_get: ClassVar[Operation[EmailStatusUpdate]] = Operation(
        method="GET",
        path="settings/email-statuses",
        version="v3",
        result="one",
        model=EmailStatusUpdate,
        query_type=V3SettingsEmailStatusesGetQuery,
        envelope=True,
        operation_id="getSettingsEmailStatuses",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsEmailStatusesGetQuery],
    ) -> EmailStatusUpdate:
        """`GET /v3/settings/email-statuses` (getSettingsEmailStatuses).

        Returns one `EmailStatusUpdate`.

        Args:
            query: the query parameters (`V3SettingsEmailStatusesGetQuery`).
        """
        return self._call(
            self._op_get,
            "settings/email-statuses",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[EmailStatusUpdate]] = Operation(
        method="PUT",
        path="settings/email-statuses",
        version="v3",
        result="one",
        model=EmailStatusUpdate,
        query_type=V3SettingsEmailStatusesUpdateQuery,
        body_type=EmailStatusUpdateBody,
        envelope=True,
        operation_id="updateSettingsEmailStatuses",
    )

    def update(
        self,
        body: EmailStatusUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3SettingsEmailStatusesUpdateQuery],
    ) -> EmailStatusUpdate:
        """`PUT /v3/settings/email-statuses` (updateSettingsEmailStatuses).

        Returns one `EmailStatusUpdate`.

        Args:
            body: `EmailStatusUpdateBody`, the request body.
            query: the query parameters (`V3SettingsEmailStatusesUpdateQuery`).
        """
        return self._call(
            self._op_update,
            "settings/email-statuses",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsEmailStatuses` resource (v3)."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.enabled_transactional_emails import (
    EnabledTransactionalEmails,
    EnabledTransactionalEmailsUpdate,
)


@with_config(REQUEST_CONFIG)
class V3SettingsEmailStatusesGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsEmailStatusesUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


class V3SettingsEmailStatuses(NodeResource):
    """`api.settings.email_statuses` (v3): get, update."""

    _version = "v3"

    def get(self, **query: Unpack[V3SettingsEmailStatusesGetQuery]) -> EnabledTransactionalEmails:
        """`GET /v3/settings/email-statuses` (getSettingsEmailStatuses)."""
        return self._one(
            EnabledTransactionalEmails,
            "GET",
            "settings/email-statuses",
            query,
            V3SettingsEmailStatusesGetQuery,
            envelope=True,
        )

    def update(
        self,
        body: EnabledTransactionalEmailsUpdate,
        /,
        **query: Unpack[V3SettingsEmailStatusesUpdateQuery],
    ) -> EnabledTransactionalEmails:
        """`PUT /v3/settings/email-statuses` (updateSettingsEmailStatuses)."""
        return self._one(
            EnabledTransactionalEmails,
            "PUT",
            "settings/email-statuses",
            query,
            V3SettingsEmailStatusesUpdateQuery,
            body=body,
            body_type=EnabledTransactionalEmailsUpdate,
            envelope=True,
        )

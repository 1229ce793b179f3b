# Generated from spec/imported/v3/hooks.yaml by codegen (`make generate`); do not edit.
"""The `GetHooksAdminResponseData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .get_hooks_admin_response_data_blocked_domains_item import (
    GetHooksAdminResponseDataBlockedDomainsItem,
    GetHooksAdminResponseDataBlockedDomainsItemCreate,
    GetHooksAdminResponseDataBlockedDomainsItemUpdate,
)
from .get_hooks_admin_response_data_hooks_list_item import (
    GetHooksAdminResponseDataHooksListItem,
    GetHooksAdminResponseDataHooksListItemCreate,
    GetHooksAdminResponseDataHooksListItemUpdate,
)


class GetHooksAdminResponseData(ApiModel):
    """`GetHooksAdminResponseData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    emails: list[str] | None = None
    hooks_list: list[GetHooksAdminResponseDataHooksListItem] | None = None
    blocked_domains: list[GetHooksAdminResponseDataBlockedDomainsItem] | None = None


@with_config(REQUEST_CONFIG)
class GetHooksAdminResponseDataCreate(TypedDict, total=False):
    """The fields to create a `GetHooksAdminResponseData` with; unknown keys are refused."""

    emails: list[str]
    hooks_list: list[GetHooksAdminResponseDataHooksListItemCreate]
    blocked_domains: list[GetHooksAdminResponseDataBlockedDomainsItemCreate]


@with_config(REQUEST_CONFIG)
class GetHooksAdminResponseDataUpdate(TypedDict, total=False):
    """The fields to update a `GetHooksAdminResponseData` with; unknown keys are refused."""

    emails: list[str]
    hooks_list: list[GetHooksAdminResponseDataHooksListItemUpdate]
    blocked_domains: list[GetHooksAdminResponseDataBlockedDomainsItemUpdate]

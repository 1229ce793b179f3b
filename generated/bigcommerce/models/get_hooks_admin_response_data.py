# Generated from spec/imported/v3/hooks.yaml by codegen (`make generate`); do not edit.
"""The `GetHooksAdminResponseData` model."""

from __future__ import annotations

from .._model import ApiModel
from .get_hooks_admin_response_data_blocked_domains_item import (
    GetHooksAdminResponseDataBlockedDomainsItem,
)
from .get_hooks_admin_response_data_hooks_list_item import GetHooksAdminResponseDataHooksListItem


class GetHooksAdminResponseData(ApiModel):
    """`GetHooksAdminResponseData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    emails: list[str] | None = None
    hooks_list: list[GetHooksAdminResponseDataHooksListItem] | None = None
    blocked_domains: list[GetHooksAdminResponseDataBlockedDomainsItem] | None = None

# Generated from spec/imported/v3/hooks.yaml by codegen (`make generate`); do not edit.
"""The `GetHooksAdminResponseDataBlockedDomainsItem` model and the bodies of its create and
update calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .get_hooks_admin_response_data_blocked_domains_item_48f3e7a4 import (
    GetHooksAdminResponseDataBlockedDomainsItemReasonsItem,
    GetHooksAdminResponseDataBlockedDomainsItemReasonsItemCreate,
    GetHooksAdminResponseDataBlockedDomainsItemReasonsItemUpdate,
)


class GetHooksAdminResponseDataBlockedDomainsItem(ApiModel):
    """`GetHooksAdminResponseDataBlockedDomainsItem`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    destination: str | None = None
    time_left: int | None = None
    reasons: list[GetHooksAdminResponseDataBlockedDomainsItemReasonsItem] | None = None


@with_config(REQUEST_CONFIG)
class GetHooksAdminResponseDataBlockedDomainsItemCreate(TypedDict, total=False):
    """The fields to create a `GetHooksAdminResponseDataBlockedDomainsItem` with; unknown keys
    are refused.
    """

    destination: str
    time_left: int
    reasons: list[GetHooksAdminResponseDataBlockedDomainsItemReasonsItemCreate]


@with_config(REQUEST_CONFIG)
class GetHooksAdminResponseDataBlockedDomainsItemUpdate(TypedDict, total=False):
    """The fields to update a `GetHooksAdminResponseDataBlockedDomainsItem` with; unknown keys
    are refused.
    """

    destination: str
    time_left: int
    reasons: list[GetHooksAdminResponseDataBlockedDomainsItemReasonsItemUpdate]

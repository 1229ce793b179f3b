# Generated from spec/imported/v3/hooks.yaml by codegen (`make generate`); do not edit.
"""The `GetHooksAdminResponseDataBlockedDomainsItem` model."""

from __future__ import annotations

from .._model import ApiModel
from .get_hooks_admin_response_data_blocked_domains_item_48f3e7a4 import (
    GetHooksAdminResponseDataBlockedDomainsItemReasonsItem,
)


class GetHooksAdminResponseDataBlockedDomainsItem(ApiModel):
    """`GetHooksAdminResponseDataBlockedDomainsItem`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    destination: str | None = None
    time_left: int | None = None
    reasons: list[GetHooksAdminResponseDataBlockedDomainsItemReasonsItem] | None = None

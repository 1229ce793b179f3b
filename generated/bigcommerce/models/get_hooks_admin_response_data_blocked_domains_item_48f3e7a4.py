# Generated from spec/imported/v3/hooks.yaml by codegen (`make generate`); do not edit.
"""The `GetHooksAdminResponseDataBlockedDomainsItemReasonsItem` model and the bodies of its
create and update calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class GetHooksAdminResponseDataBlockedDomainsItemReasonsItem(ApiModel):
    """`GetHooksAdminResponseDataBlockedDomainsItemReasonsItem`: an object of the v3 API. Every
    field is optional; unknown fields are kept.
    """

    failure_description: str | None = None
    count: int | None = None
    timestamp: int | None = None


@with_config(REQUEST_CONFIG)
class GetHooksAdminResponseDataBlockedDomainsItemReasonsItemCreate(TypedDict, total=False):
    """The fields to create a `GetHooksAdminResponseDataBlockedDomainsItemReasonsItem` with;
    unknown keys are refused.
    """

    failure_description: str
    count: int
    timestamp: int


@with_config(REQUEST_CONFIG)
class GetHooksAdminResponseDataBlockedDomainsItemReasonsItemUpdate(TypedDict, total=False):
    """The fields to update a `GetHooksAdminResponseDataBlockedDomainsItemReasonsItem` with;
    unknown keys are refused.
    """

    failure_description: str
    count: int
    timestamp: int

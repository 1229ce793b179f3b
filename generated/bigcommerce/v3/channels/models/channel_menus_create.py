# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `V3ChannelMenusCreate` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._enums import ChannelBigcommerceProtectedAppSection
from ...._model import REQUEST_CONFIG, ApiModel
from .channel_menus_create_custom_app_section import (
    ChannelMenusCreateCustomAppSection,
    ChannelMenusCreateCustomAppSectionCreate,
)


class V3ChannelMenusCreate(ApiModel):
    """`V3ChannelMenusCreate`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    bigcommerce_protected_app_sections: list[str] | None = None
    """One of: `'overview'`, `'storefront_settings'`, `'localization'`, `'carousel'`,
    `'script_manager'`, `'currencies'`, `'payments'`, `'checkout'`, `'domains'`,
    `'notifications'`, `'social'`, `'pages'`, `'data_solutions'`.
    """
    custom_app_sections: list[ChannelMenusCreateCustomAppSection] | None = None


@with_config(REQUEST_CONFIG)
class ChannelMenusCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    bigcommerce_protected_app_sections: list[ChannelBigcommerceProtectedAppSection]
    custom_app_sections: list[ChannelMenusCreateCustomAppSectionCreate]

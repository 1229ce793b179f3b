# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `ChannelMenusResponse` model."""

from __future__ import annotations

from ...._model import ApiModel
from .channel_menus_create_custom_app_section import ChannelMenusCreateCustomAppSection


class ChannelMenusResponse(ApiModel):
    """`ChannelMenusResponse`: an object of the v3 API. Every field is optional; unknown fields
    are kept. Answered by `api.channels.channel_menus`: `create`, `get`.
    """

    bigcommerce_protected_app_sections: list[str] | None = None
    """One of: `'overview'`, `'storefront_settings'`, `'localization'`, `'carousel'`,
    `'script_manager'`, `'currencies'`, `'payments'`, `'checkout'`, `'domains'`,
    `'notifications'`, `'social'`, `'pages'`, `'data_solutions'`.
    """
    custom_app_sections: list[ChannelMenusCreateCustomAppSection] | None = None

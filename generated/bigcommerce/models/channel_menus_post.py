# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `ChannelMenusPost` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .custom_app_sections_item import CustomAppSectionsItem, CustomAppSectionsItemCreate


class ChannelMenusPost(ApiModel):
    """`ChannelMenusPost`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    bigcommerce_protected_app_sections: list[str] | None = None
    """One of: `'overview'`, `'storefront_settings'`, `'localization'`, `'carousel'`,
    `'script_manager'`, `'currencies'`, `'payments'`, `'checkout'`, `'domains'`,
    `'notifications'`, `'social'`, `'pages'`, `'data_solutions'`.
    """
    custom_app_sections: list[CustomAppSectionsItem] | None = None


@with_config(REQUEST_CONFIG)
class ChannelMenusPostCreate(TypedDict, total=False):
    """The fields to create a `ChannelMenusPost` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    bigcommerce_protected_app_sections: list[
        Literal[
            "overview",
            "storefront_settings",
            "localization",
            "carousel",
            "script_manager",
            "currencies",
            "payments",
            "checkout",
            "domains",
            "notifications",
            "social",
            "pages",
            "data_solutions",
        ]
    ]
    custom_app_sections: list[CustomAppSectionsItemCreate]

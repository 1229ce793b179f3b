# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `StorefrontSecuritySettings` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .storefront_security_settings_csp_header import (
    StorefrontSecuritySettingsCspHeader,
    StorefrontSecuritySettingsCspHeaderUpdate,
)
from .storefront_security_settings_hsts import (
    StorefrontSecuritySettingsHsts,
    StorefrontSecuritySettingsHstsUpdate,
)
from .storefront_security_settings_x_frame_options_header import (
    StorefrontSecuritySettingsXFrameOptionsHeader,
    StorefrontSecuritySettingsXFrameOptionsHeaderUpdate,
)


class StorefrontSecuritySettings(ApiModel):
    """`StorefrontSecuritySettings`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    csp_header: StorefrontSecuritySettingsCspHeader | None = None
    hsts: StorefrontSecuritySettingsHsts | None = None
    sitewide_https_enabled: bool | None = None
    x_frame_options_header: StorefrontSecuritySettingsXFrameOptionsHeader | None = None


@with_config(REQUEST_CONFIG)
class StorefrontSecuritySettingsUpdate(TypedDict, total=False):
    """The fields to update a `StorefrontSecuritySettings` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    csp_header: StorefrontSecuritySettingsCspHeaderUpdate
    hsts: StorefrontSecuritySettingsHstsUpdate
    sitewide_https_enabled: bool
    x_frame_options_header: StorefrontSecuritySettingsXFrameOptionsHeaderUpdate

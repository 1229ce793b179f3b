# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `StorefrontSecurityUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .storefront_security_update_csp_header import (
    StorefrontSecurityUpdateCspHeader,
    StorefrontSecurityUpdateCspHeaderUpdate,
)
from .storefront_security_update_hsts import (
    StorefrontSecurityUpdateHsts,
    StorefrontSecurityUpdateHstsUpdate,
)
from .storefront_update_x_frame_options_header import (
    StorefrontUpdateXFrameOptionsHeader,
    StorefrontUpdateXFrameOptionsHeaderUpdate,
)


class StorefrontSecurityUpdate(ApiModel):
    """`StorefrontSecurityUpdate`: an object of the v3 API. Every field is optional; unknown
    fields are kept. Answered by `api.settings.storefront.security`: `get`, `update`.
    """

    csp_header: StorefrontSecurityUpdateCspHeader | None = None
    hsts: StorefrontSecurityUpdateHsts | None = None
    sitewide_https_enabled: bool | None = None
    x_frame_options_header: StorefrontUpdateXFrameOptionsHeader | None = None


@with_config(REQUEST_CONFIG)
class StorefrontSecurityUpdateBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    csp_header: StorefrontSecurityUpdateCspHeaderUpdate
    hsts: StorefrontSecurityUpdateHstsUpdate
    sitewide_https_enabled: bool
    x_frame_options_header: StorefrontUpdateXFrameOptionsHeaderUpdate

# Generated from spec/imported/v3/sites.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `sites` models, loaded on first use: `from bigcommerce.v3.sites import Site`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._enums import SiteRouteCreateModelType
    from ..shared.models.channel_url import ChannelUrl
    from ..shared.models.site_create import SiteCreate
    from ..shared.models.site_update import SiteUpdate
    from .models.certificate_input import CertificateInput
    from .models.installed_certificate_detail import InstalledCertificateDetail
    from .models.site import Site
    from .models.site_certificate import SiteCertificate
    from .models.site_certificate_upsert import SiteCertificateUpsert
    from .models.site_route_create import SiteRouteCreate
    from .models.site_route_update import SiteRouteUpdate
    from .models.site_route_update_many_item import (
        SiteRouteUpdateManyItem,
        SiteRouteUpdateManyItemBody,
    )

#: public name -> (model module, its name there)
_EXPORTS = {
    "CertificateInput": (".models.certificate_input", "CertificateInput"),
    "ChannelUrl": ("..shared.models.channel_url", "ChannelUrl"),
    "InstalledCertificateDetail": (
        ".models.installed_certificate_detail",
        "InstalledCertificateDetail",
    ),
    "Site": (".models.site", "Site"),
    "SiteCertificate": (".models.site_certificate", "SiteCertificate"),
    "SiteCertificateUpsert": (".models.site_certificate_upsert", "SiteCertificateUpsert"),
    "SiteCreate": ("..shared.models.site_create", "SiteCreate"),
    "SiteRouteCreate": (".models.site_route_create", "SiteRouteCreate"),
    "SiteRouteCreateModelType": ("..._enums", "SiteRouteCreateModelType"),
    "SiteRouteUpdate": (".models.site_route_update", "SiteRouteUpdate"),
    "SiteRouteUpdateManyItem": (".models.site_route_update_many_item", "SiteRouteUpdateManyItem"),
    "SiteRouteUpdateManyItemBody": (
        ".models.site_route_update_many_item",
        "SiteRouteUpdateManyItemBody",
    ),
    "SiteUpdate": ("..shared.models.site_update", "SiteUpdate"),
}

__all__ = [
    "CertificateInput",
    "ChannelUrl",
    "InstalledCertificateDetail",
    "Site",
    "SiteCertificate",
    "SiteCertificateUpsert",
    "SiteCreate",
    "SiteRouteCreate",
    "SiteRouteCreateModelType",
    "SiteRouteUpdate",
    "SiteRouteUpdateManyItem",
    "SiteRouteUpdateManyItemBody",
    "SiteUpdate",
]


def __getattr__(name: str) -> Any:
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0], __name__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)

# Generated from spec/imported/v3/sites.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `sites` models, loaded on first use: `from bigcommerce.v3.sites import
CertificateInput`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models._enums import SiteRouteCreateType
    from ..models.certificate_input import CertificateInput
    from ..models.channel_url import ChannelUrl
    from ..models.installed_certificate_detail import InstalledCertificateDetail
    from ..models.site import Site
    from ..models.site_certificate import SiteCertificate
    from ..models.site_certificate_upsert import (
        SiteCertificateUpsertUpdate as SiteCertificateUpsert,
    )
    from ..models.site_route_create import SiteRouteCreateCreate as SiteRouteCreate
    from ..models.site_route_update import SiteRouteUpdateUpdate as SiteRouteUpdate
    from ..models.site_route_update_many_item import SiteRouteUpdateManyItem
    from ..models.v3_site_create import V3SiteCreateCreate as SiteCreate
    from ..models.v3_site_update import V3SiteUpdateUpdate as SiteUpdate

#: public name -> (model module, its name there)
_EXPORTS = {
    "CertificateInput": ("certificate_input", "CertificateInput"),
    "ChannelUrl": ("channel_url", "ChannelUrl"),
    "InstalledCertificateDetail": ("installed_certificate_detail", "InstalledCertificateDetail"),
    "Site": ("site", "Site"),
    "SiteCertificate": ("site_certificate", "SiteCertificate"),
    "SiteCertificateUpsert": ("site_certificate_upsert", "SiteCertificateUpsertUpdate"),
    "SiteCreate": ("v3_site_create", "V3SiteCreateCreate"),
    "SiteRouteCreate": ("site_route_create", "SiteRouteCreateCreate"),
    "SiteRouteCreateType": ("_enums", "SiteRouteCreateType"),
    "SiteRouteUpdate": ("site_route_update", "SiteRouteUpdateUpdate"),
    "SiteRouteUpdateManyItem": ("site_route_update_many_item", "SiteRouteUpdateManyItem"),
    "SiteUpdate": ("v3_site_update", "V3SiteUpdateUpdate"),
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
    "SiteRouteCreateType",
    "SiteRouteUpdate",
    "SiteRouteUpdateManyItem",
    "SiteUpdate",
]


def __getattr__(name: str) -> Any:
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"..models.{where[0]}", __package__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)

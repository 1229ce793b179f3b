# Generated from spec/imported/v3/sites.yaml by codegen (`make generate`); do not edit.
"""The `V3SitesCertificate` resource (v3)."""

from __future__ import annotations

from typing import Any

from .._operation import NodeResource
from .._query import segment
from ..models.certificate_response_data import CertificateResponseData
from ..models.install_certificate_data import InstallCertificateDataUpdate


class V3SitesCertificate(NodeResource):
    """`api.sites.certificate` (v3): get, upsert."""

    _version = "v3"

    def get(self, site_id: int, /) -> CertificateResponseData:
        """`GET /v3/sites/{site_id}/certificate` (getSiteCertificate)."""
        return self._one(
            CertificateResponseData,
            "GET",
            f"sites/{segment(site_id)}/certificate",
            {},
            None,
            envelope=True,
        )

    def upsert(self, site_id: int, body: InstallCertificateDataUpdate, /) -> dict[str, Any]:
        """`PUT /v3/sites/{site_id}/certificate` (upsertSiteCertificate)."""
        return self._value(
            dict[str, Any],
            "PUT",
            f"sites/{segment(site_id)}/certificate",
            {},
            None,
            body=body,
            body_type=InstallCertificateDataUpdate,
            envelope=True,
        )

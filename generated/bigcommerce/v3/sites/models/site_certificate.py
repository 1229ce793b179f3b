# Generated from spec/imported/v3/sites.yaml by codegen (`make generate`); do not edit.
"""The `SiteCertificate` model."""

from __future__ import annotations

from ...._model import ApiModel
from .installed_certificate_detail import InstalledCertificateDetail


class SiteCertificate(ApiModel):
    """`SiteCertificate`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.sites.certificate`: `get`.
    """

    status: str | None = None
    """One of: `'shared'`, `'dedicated'`."""
    installed_certificate: InstalledCertificateDetail | None = None
    """May be null."""

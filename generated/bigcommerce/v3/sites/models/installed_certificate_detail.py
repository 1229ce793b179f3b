# Generated from spec/imported/v3/sites.yaml by codegen (`make generate`); do not edit.
"""The `InstalledCertificateDetail` model."""

from __future__ import annotations

from ...._model import ApiModel


class InstalledCertificateDetail(ApiModel):
    """`InstalledCertificateDetail`: an object of the v3 API. Every field is optional; unknown
    fields are kept. Answered by `api.sites.certificates`: `all`.
    """

    common_name: str | None = None
    subject_alternative_names: list[str] | None = None
    validity_not_before: str | None = None
    validity_not_after: str | None = None
    signing_algorithm: str | None = None
    issuer: str | None = None
    certificate: str | None = None
    intermediate_certificates: str | None = None

# Generated from spec/imported/v3/sites.yaml by codegen (`make generate`); do not edit.
"""The `InstalledCertificateDetail` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class InstalledCertificateDetail(ApiModel):
    """`InstalledCertificateDetail`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    common_name: str | None = None
    subject_alternative_names: list[str] | None = None
    validity_not_before: str | None = None
    validity_not_after: str | None = None
    signing_algorithm: str | None = None
    issuer: str | None = None
    certificate: str | None = None
    intermediate_certificates: str | None = None


@with_config(REQUEST_CONFIG)
class InstalledCertificateDetailCreate(TypedDict, total=False):
    """The fields to create a `InstalledCertificateDetail` with; unknown keys are refused."""

    common_name: str
    subject_alternative_names: list[str]
    validity_not_before: str
    validity_not_after: str
    signing_algorithm: str
    issuer: str
    certificate: str
    intermediate_certificates: str


@with_config(REQUEST_CONFIG)
class InstalledCertificateDetailUpdate(TypedDict, total=False):
    """The fields to update a `InstalledCertificateDetail` with; unknown keys are refused."""

    common_name: str
    subject_alternative_names: list[str]
    validity_not_before: str
    validity_not_after: str
    signing_algorithm: str
    issuer: str
    certificate: str
    intermediate_certificates: str

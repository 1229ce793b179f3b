# Generated from spec/imported/v3/sites.yaml by codegen (`make generate`); do not edit.
"""The `CertificateResponseData` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .installed_certificate_detail import (
    InstalledCertificateDetail,
    InstalledCertificateDetailCreate,
    InstalledCertificateDetailUpdate,
)


class CertificateResponseData(ApiModel):
    """`CertificateResponseData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    status: str | None = None
    installed_certificate: InstalledCertificateDetail | None = None


@with_config(REQUEST_CONFIG)
class CertificateResponseDataCreate(TypedDict, total=False):
    """The fields to create a `CertificateResponseData` with; unknown keys are refused."""

    status: Literal["shared", "dedicated"]
    installed_certificate: InstalledCertificateDetailCreate | None


@with_config(REQUEST_CONFIG)
class CertificateResponseDataUpdate(TypedDict, total=False):
    """The fields to update a `CertificateResponseData` with; unknown keys are refused."""

    status: Literal["shared", "dedicated"]
    installed_certificate: InstalledCertificateDetailUpdate | None

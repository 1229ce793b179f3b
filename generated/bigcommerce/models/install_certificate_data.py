# Generated from spec/imported/v3/sites.yaml by codegen (`make generate`); do not edit.
"""The `InstallCertificateData` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .certificate_write import CertificateWrite, CertificateWriteUpdate


class InstallCertificateData(ApiModel):
    """`InstallCertificateData`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    url: str | None = None
    certificate: CertificateWrite | None = None


@with_config(REQUEST_CONFIG)
class InstallCertificateDataUpdate(TypedDict, total=False):
    """The fields to update a `InstallCertificateData` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    url: str
    certificate: CertificateWriteUpdate

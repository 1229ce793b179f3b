# Generated from spec/imported/v3/sites.yaml by codegen (`make generate`); do not edit.
"""The `CertificateInput` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CertificateInput(ApiModel):
    """`CertificateInput`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    certificate: str | None = None
    private_key: str | None = None
    intermediate_certificates: str | None = None


@with_config(REQUEST_CONFIG)
class CertificateInputUpdate(TypedDict, total=False):
    """The fields to update a `CertificateInput` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    certificate: str
    private_key: str
    intermediate_certificates: str

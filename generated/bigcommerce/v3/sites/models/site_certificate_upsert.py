# Generated from spec/imported/v3/sites.yaml by codegen (`make generate`); do not edit.
"""The `SiteCertificateUpsertModel` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .certificate_input import CertificateInput, CertificateInputUpdate


class SiteCertificateUpsertModel(ApiModel):
    """`SiteCertificateUpsertModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    url: str | None = None
    certificate: CertificateInput | None = None


@with_config(REQUEST_CONFIG)
class SiteCertificateUpsert(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    url: str
    certificate: CertificateInputUpdate

# Generated from spec/imported/v3/infrastructure.yaml by codegen (`make generate`); do not edit.
"""The `UploadSignatureResponse` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class UploadSignatureResponse(ApiModel):
    """`UploadSignatureResponse`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    upload_url: str | None = None
    upload_uuid: str | None = None


@with_config(REQUEST_CONFIG)
class UploadSignatureResponseCreate(TypedDict, total=False):
    """The fields to create a `UploadSignatureResponse` with; unknown keys are refused."""

    upload_url: str
    upload_uuid: str


@with_config(REQUEST_CONFIG)
class UploadSignatureResponseUpdate(TypedDict, total=False):
    """The fields to update a `UploadSignatureResponse` with; unknown keys are refused."""

    upload_url: str
    upload_uuid: str

# Generated from spec/imported/v3/infrastructure.yaml by codegen (`make generate`); do not edit.
"""The `UploadSignature` model."""

from __future__ import annotations

from ...._model import ApiModel


class UploadSignature(ApiModel):
    """`UploadSignature`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.infrastructure.deployments`: `uploads`.
    """

    upload_url: str | None = None
    upload_uuid: str | None = None

# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `CreateRedirectExportJobResponse` model."""

from __future__ import annotations

from .._model import ApiModel


class CreateRedirectExportJobResponse(ApiModel):
    """`CreateRedirectExportJobResponse`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    id: str | None = None

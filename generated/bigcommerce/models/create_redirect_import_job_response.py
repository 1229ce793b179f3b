# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `CreateRedirectImportJobResponse` model."""

from __future__ import annotations

from .._model import ApiModel


class CreateRedirectImportJobResponse(ApiModel):
    """`CreateRedirectImportJobResponse`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    id: str | None = None

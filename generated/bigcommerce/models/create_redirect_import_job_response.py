# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `CreateRedirectImportJobResponse` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CreateRedirectImportJobResponse(ApiModel):
    """`CreateRedirectImportJobResponse`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    id: str | None = None


@with_config(REQUEST_CONFIG)
class CreateRedirectImportJobResponseCreate(TypedDict, total=False):
    """The fields to create a `CreateRedirectImportJobResponse` with; unknown keys are refused."""

    id: str


@with_config(REQUEST_CONFIG)
class CreateRedirectImportJobResponseUpdate(TypedDict, total=False):
    """The fields to update a `CreateRedirectImportJobResponse` with; unknown keys are refused."""

    id: str

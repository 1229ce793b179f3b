# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `JobId` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class JobId(ApiModel):
    """`JobId`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    job_id: str | None = None


@with_config(REQUEST_CONFIG)
class JobIdCreate(TypedDict, total=False):
    """The fields to create a `JobId` with; unknown keys are refused."""

    job_id: str


@with_config(REQUEST_CONFIG)
class JobIdUpdate(TypedDict, total=False):
    """The fields to update a `JobId` with; unknown keys are refused."""

    job_id: str

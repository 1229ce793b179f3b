# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `JobResponseDataErrorsItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class JobResponseDataErrorsItem(ApiModel):
    """`JobResponseDataErrorsItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    error: str | None = None
    message: str | None = None


@with_config(REQUEST_CONFIG)
class JobResponseDataErrorsItemCreate(TypedDict, total=False):
    """The fields to create a `JobResponseDataErrorsItem` with; unknown keys are refused."""

    error: str
    message: str


@with_config(REQUEST_CONFIG)
class JobResponseDataErrorsItemUpdate(TypedDict, total=False):
    """The fields to update a `JobResponseDataErrorsItem` with; unknown keys are refused."""

    error: str
    message: str

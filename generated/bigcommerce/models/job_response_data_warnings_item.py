# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `JobResponseDataWarningsItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class JobResponseDataWarningsItem(ApiModel):
    """`JobResponseDataWarningsItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    message: str | None = None
    warning: str | None = None


@with_config(REQUEST_CONFIG)
class JobResponseDataWarningsItemCreate(TypedDict, total=False):
    """The fields to create a `JobResponseDataWarningsItem` with; unknown keys are refused."""

    message: str
    warning: str


@with_config(REQUEST_CONFIG)
class JobResponseDataWarningsItemUpdate(TypedDict, total=False):
    """The fields to update a `JobResponseDataWarningsItem` with; unknown keys are refused."""

    message: str
    warning: str

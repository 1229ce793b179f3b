# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The `NoContent` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class NoContent(ApiModel):
    """`NoContent`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    status: int | None = None
    title: str | None = None
    type: str | None = None
    instance: str | None = None


@with_config(REQUEST_CONFIG)
class NoContentCreate(TypedDict, total=False):
    """The fields to create a `NoContent` with; unknown keys are refused."""

    status: int
    title: str
    type: str
    instance: str


@with_config(REQUEST_CONFIG)
class NoContentUpdate(TypedDict, total=False):
    """The fields to update a `NoContent` with; unknown keys are refused."""

    status: int
    title: str
    type: str
    instance: str

# Generated from spec/imported/v3/infrastructure.yaml by codegen (`make generate`); do not edit.
"""The `EnvironmentVariable` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class EnvironmentVariable(ApiModel):
    """`EnvironmentVariable`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    type: str | None = None
    """Required to create and update. One of: `'plain_text'`, `'secret'`."""
    key: str | None = None
    """Required to create and update."""
    value: str | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class EnvironmentVariableCreate(TypedDict, total=False):
    """The fields to create a `EnvironmentVariable` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    type: Required[Literal["plain_text", "secret"]]
    key: Required[str]
    value: Required[str]

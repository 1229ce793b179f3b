# Generated from spec/imported/v3/infrastructure.yaml by codegen (`make generate`); do not edit.
"""The `V3ProjectCreate` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class V3ProjectCreate(ApiModel):
    """`V3ProjectCreate`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    name: str | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class ProjectCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    name: Required[str]

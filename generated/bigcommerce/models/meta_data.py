# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `MetaData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class MetaData(ApiModel):
    """`MetaData`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    total: int | None = None
    success: int | None = None
    failed: int | None = None


@with_config(REQUEST_CONFIG)
class MetaDataCreate(TypedDict, total=False):
    """The fields to create a `MetaData` with; unknown keys are refused."""

    total: int
    success: int
    failed: int


@with_config(REQUEST_CONFIG)
class MetaDataUpdate(TypedDict, total=False):
    """The fields to update a `MetaData` with; unknown keys are refused."""

    total: int
    success: int
    failed: int

# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `CustomFieldData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CustomFieldData(ApiModel):
    """`CustomFieldData`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    id: int | None = None
    name: str | None = None
    value: str | None = None


@with_config(REQUEST_CONFIG)
class CustomFieldDataCreate(TypedDict, total=False):
    """The fields to create a `CustomFieldData` with; unknown keys are refused."""

    id: int
    name: str
    value: str


@with_config(REQUEST_CONFIG)
class CustomFieldDataUpdate(TypedDict, total=False):
    """The fields to update a `CustomFieldData` with; unknown keys are refused."""

    id: int
    name: str
    value: str

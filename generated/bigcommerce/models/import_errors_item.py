# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `ImportErrorsItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ImportErrorsItem(ApiModel):
    """`ImportErrorsItem`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    row: int | None = None
    message: str | None = None


@with_config(REQUEST_CONFIG)
class ImportErrorsItemCreate(TypedDict, total=False):
    """The fields to create a `ImportErrorsItem` with; unknown keys are refused."""

    row: int
    message: str


@with_config(REQUEST_CONFIG)
class ImportErrorsItemUpdate(TypedDict, total=False):
    """The fields to update a `ImportErrorsItem` with; unknown keys are refused."""

    row: int
    message: str

# Generated from spec/v2/products.yaml by `python -m codegen generate`; do not edit.
"""The `GoogleProductSearchMapping` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class GoogleProductSearchMapping(ApiModel):
    """`GoogleProductSearchMapping`: an object of the v2 `GoogleProductSearchMappings` resource.
    Every field is optional; unknown fields are kept.
    """

    enabled: bool | None = None
    category_id: int | None = None


@with_config(REQUEST_CONFIG)
class GoogleProductSearchMappingCreate(TypedDict, total=False):
    """The fields to create a `GoogleProductSearchMapping` with; unknown keys are refused."""

    enabled: bool
    category_id: int


@with_config(REQUEST_CONFIG)
class GoogleProductSearchMappingUpdate(TypedDict, total=False):
    """The fields to update a `GoogleProductSearchMapping` with; unknown keys are refused."""

    enabled: bool
    category_id: int

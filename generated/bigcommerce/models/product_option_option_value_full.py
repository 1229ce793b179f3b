# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductOptionOptionValueFull` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ProductOptionOptionValueFull(ApiModel):
    """`ProductOptionOptionValueFull`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    is_default: bool | None = None
    label: str | None = None
    sort_order: int | None = None
    value_data: dict[str, Any] | None = None
    id: int | None = None


@with_config(REQUEST_CONFIG)
class ProductOptionOptionValueFullCreate(TypedDict, total=False):
    """The fields to create a `ProductOptionOptionValueFull` with; unknown keys are refused. Keys
    marked `Required` must be given.
    """

    is_default: bool
    label: Required[str]
    sort_order: Required[int]
    value_data: dict[str, Any] | None
    id: int


@with_config(REQUEST_CONFIG)
class ProductOptionOptionValueFullUpdate(TypedDict, total=False):
    """The fields to update a `ProductOptionOptionValueFull` with; unknown keys are refused."""

    is_default: bool
    label: str
    sort_order: int
    value_data: dict[str, Any] | None
    id: int

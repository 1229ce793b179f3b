# Generated from spec/v2/products.yaml by `python -m codegen generate`; do not edit.
"""The `ProductOption` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ProductOption(ApiModel):
    """`ProductOption`: an object of the v2 `ProductOptions` resource. Every field is optional;
    unknown fields are kept.
    """

    id: int | None = None
    option_id: int | None = None
    display_name: str | None = None


@with_config(REQUEST_CONFIG)
class ProductOptionCreate(TypedDict, total=False):
    """The fields to create a `ProductOption` with; unknown keys are refused."""

    option_id: int
    display_name: str


@with_config(REQUEST_CONFIG)
class ProductOptionUpdate(TypedDict, total=False):
    """The fields to update a `ProductOption` with; unknown keys are refused."""

    option_id: int
    display_name: str

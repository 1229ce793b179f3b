# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `ItemMatcherProductOption` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ItemMatcherProductOption(ApiModel):
    """`ItemMatcherProductOption`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    type: str | None = None
    """Required to create and update."""
    name: str | None = None
    """Required to create and update."""
    values: list[str] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class ItemMatcherProductOptionCreate(TypedDict, total=False):
    """The fields to create a `ItemMatcherProductOption` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    type: Required[str]
    name: Required[str]
    values: Required[list[str]]


@with_config(REQUEST_CONFIG)
class ItemMatcherProductOptionUpdate(TypedDict, total=False):
    """The fields to update a `ItemMatcherProductOption` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    type: Required[str]
    name: Required[str]
    values: Required[list[str]]

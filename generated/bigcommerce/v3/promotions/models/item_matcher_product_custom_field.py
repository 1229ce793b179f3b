# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `ItemMatcherProductCustomField` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ItemMatcherProductCustomField(ApiModel):
    """`ItemMatcherProductCustomField`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    name: str | None = None
    """Required to create and update."""
    values: list[str] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class ItemMatcherProductCustomFieldCreate(TypedDict, total=False):
    """The fields to create a `ItemMatcherProductCustomField` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    name: Required[str]
    values: Required[list[str]]


@with_config(REQUEST_CONFIG)
class ItemMatcherProductCustomFieldUpdate(TypedDict, total=False):
    """The fields to update a `ItemMatcherProductCustomField` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    name: Required[str]
    values: Required[list[str]]

# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `ProductCustomFieldMatcherProductCustomField` model and the bodies of its create and
update calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ProductCustomFieldMatcherProductCustomField(ApiModel):
    """`ProductCustomFieldMatcherProductCustomField`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    name: str | None = None
    """Required to create and update."""
    values: list[str] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class ProductCustomFieldMatcherProductCustomFieldCreate(TypedDict, total=False):
    """The fields to create a `ProductCustomFieldMatcherProductCustomField` with; unknown keys
    are sent as given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones
    the documents require.
    """

    name: Required[str]
    values: Required[list[str]]


@with_config(REQUEST_CONFIG)
class ProductCustomFieldMatcherProductCustomFieldUpdate(TypedDict, total=False):
    """The fields to update a `ProductCustomFieldMatcherProductCustomField` with; unknown keys
    are sent as given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones
    the documents require.
    """

    name: Required[str]
    values: Required[list[str]]

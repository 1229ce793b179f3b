# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerAttributeCreateManyItemModel` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CustomerAttributeCreateManyItemModel(ApiModel):
    """`CustomerAttributeCreateManyItemModel`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    name: str | None = None
    """Required to create and update. From 1 to 255 characters."""
    type: str | None = None
    """Required to create and update. One of: `'string'`, `'number'`, `'date'`."""


@with_config(REQUEST_CONFIG)
class CustomerAttributeCreateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    name: Required[str]
    """From 1 to 255 characters."""
    type: Required[Literal["string", "number", "date"]]

# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `PropertyCreateManyItemModel` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class PropertyCreateManyItemModel(ApiModel):
    """`PropertyCreateManyItemModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    code: str | None = None
    """Required to create and update."""
    display_name: str | None = None
    """Required to create and update."""
    description: str | None = None
    type: str | None = None
    """Required to create and update. One of: `'PRODUCT'`, `'CUSTOMER'`."""


@with_config(REQUEST_CONFIG)
class PropertyCreateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    code: Required[str]
    display_name: Required[str]
    description: str
    type: Required[Literal["PRODUCT", "CUSTOMER"]]

# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartCreateLineItemOptionSelection` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CartCreateLineItemOptionSelection(ApiModel):
    """`CartCreateLineItemOptionSelection`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    option_id: int | None = None
    option_value: int | None = None
    name: str | None = None
    value: str | None = None
    nameId: int | None = None
    valueId: int | None = None


@with_config(REQUEST_CONFIG)
class CartCreateLineItemOptionSelectionCreate(TypedDict, total=False):
    """The fields to create a `CartCreateLineItemOptionSelection` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    option_id: int
    option_value: int
    name: str
    value: str
    nameId: int
    valueId: int


@with_config(REQUEST_CONFIG)
class CartCreateLineItemOptionSelectionUpdate(TypedDict, total=False):
    """The fields to update a `CartCreateLineItemOptionSelection` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    option_id: int
    option_value: int
    name: str
    value: str
    nameId: int
    valueId: int

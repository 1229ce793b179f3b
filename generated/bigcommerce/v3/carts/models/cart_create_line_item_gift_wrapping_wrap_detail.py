# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartCreateLineItemGiftWrappingWrapDetail` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CartCreateLineItemGiftWrappingWrapDetail(ApiModel):
    """`CartCreateLineItemGiftWrappingWrapDetail`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    id: int | float | None = None
    message: str | None = None


@with_config(REQUEST_CONFIG)
class CartCreateLineItemGiftWrappingWrapDetailCreate(TypedDict, total=False):
    """The fields to create a `CartCreateLineItemGiftWrappingWrapDetail` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`.
    """

    id: int | float
    message: str


@with_config(REQUEST_CONFIG)
class CartCreateLineItemGiftWrappingWrapDetailUpdate(TypedDict, total=False):
    """The fields to update a `CartCreateLineItemGiftWrappingWrapDetail` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`.
    """

    id: int | float
    message: str

# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartLineItemDelete` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CartLineItemDelete(ApiModel):
    """`CartLineItemDelete`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    version: int | None = None


@with_config(REQUEST_CONFIG)
class CartLineItemDeleteCreate(TypedDict, total=False):
    """The fields to create a `CartLineItemDelete` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    version: int

# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `V3CheckoutFeeUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .fee_with_id import FeeWithId, FeeWithIdUpdate


class V3CheckoutFeeUpdate(ApiModel):
    """`V3CheckoutFeeUpdate`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    fees: list[FeeWithId] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class CheckoutFeeUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    fees: Required[list[FeeWithIdUpdate]]

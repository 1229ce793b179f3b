# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `V3CheckoutFeeCreate` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .base_fee import BaseFee, BaseFeeCreate


class V3CheckoutFeeCreate(ApiModel):
    """`V3CheckoutFeeCreate`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    fees: list[BaseFee] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class CheckoutFeeCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    fees: Required[list[BaseFeeCreate]]

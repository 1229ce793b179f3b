# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCheckoutsFeesByCheckoutIdPost` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .base_fee import BaseFee, BaseFeeCreate


class CheckoutCheckoutsFeesByCheckoutIdPost(ApiModel):
    """`CheckoutCheckoutsFeesByCheckoutIdPost`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    fees: list[BaseFee] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class CheckoutCheckoutsFeesByCheckoutIdPostCreate(TypedDict, total=False):
    """The fields to create a `CheckoutCheckoutsFeesByCheckoutIdPost` with; unknown keys are sent
    as given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the
    documents require.
    """

    fees: Required[list[BaseFeeCreate]]

# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutConsignmentsItemDiscountsItem` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CheckoutConsignmentsItemDiscountsItem(ApiModel):
    """`CheckoutConsignmentsItemDiscountsItem`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    id: int | None = None


@with_config(REQUEST_CONFIG)
class CheckoutConsignmentsItemDiscountsItemCreate(TypedDict, total=False):
    """The fields to create a `CheckoutConsignmentsItemDiscountsItem` with; unknown keys are
    refused.
    """

    id: int


@with_config(REQUEST_CONFIG)
class CheckoutConsignmentsItemDiscountsItemUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutConsignmentsItemDiscountsItem` with; unknown keys are
    refused.
    """

    id: int

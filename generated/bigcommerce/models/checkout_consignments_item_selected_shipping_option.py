# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutConsignmentsItemSelectedShippingOption` model and the bodies of its create and
update calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CheckoutConsignmentsItemSelectedShippingOption(ApiModel):
    """`CheckoutConsignmentsItemSelectedShippingOption`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    description: str | None = None
    id: str | None = None
    type: str | None = None
    image_url: str | None = None
    cost: float | None = None
    transit_time: str | None = None
    additional_description: str | None = None


@with_config(REQUEST_CONFIG)
class CheckoutConsignmentsItemSelectedShippingOptionCreate(TypedDict, total=False):
    """The fields to create a `CheckoutConsignmentsItemSelectedShippingOption` with; unknown keys
    are refused.
    """

    description: str
    id: str
    type: str
    image_url: str
    cost: float
    transit_time: str


@with_config(REQUEST_CONFIG)
class CheckoutConsignmentsItemSelectedShippingOptionUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutConsignmentsItemSelectedShippingOption` with; unknown keys
    are refused.
    """

    description: str
    id: str
    type: str
    image_url: str
    cost: float
    transit_time: str

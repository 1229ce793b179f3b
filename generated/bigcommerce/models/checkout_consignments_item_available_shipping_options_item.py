# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutConsignmentsItemAvailableShippingOptionsItem` model and the bodies of its create
and update calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CheckoutConsignmentsItemAvailableShippingOptionsItem(ApiModel):
    """`CheckoutConsignmentsItemAvailableShippingOptionsItem`: an object of the v3 API. Every
    field is optional; unknown fields are kept.
    """

    description: str | None = None
    id: str | None = None
    type: str | None = None
    image_url: str | None = None
    cost: float | None = None
    transit_time: str | None = None
    additional_description: str | None = None


@with_config(REQUEST_CONFIG)
class CheckoutConsignmentsItemAvailableShippingOptionsItemCreate(TypedDict, total=False):
    """The fields to create a `CheckoutConsignmentsItemAvailableShippingOptionsItem` with;
    unknown keys are refused.
    """

    description: str
    id: str
    type: str
    image_url: str
    cost: float
    transit_time: str


@with_config(REQUEST_CONFIG)
class CheckoutConsignmentsItemAvailableShippingOptionsItemUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutConsignmentsItemAvailableShippingOptionsItem` with;
    unknown keys are refused.
    """

    description: str
    id: str
    type: str
    image_url: str
    cost: float
    transit_time: str

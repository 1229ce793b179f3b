# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `GetShippingMethodResponseHandlingFees` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class GetShippingMethodResponseHandlingFees(ApiModel):
    """`GetShippingMethodResponseHandlingFees`: an object of the v2 API. Every field is optional;
    unknown fields are kept.
    """

    fixed_surcharge: float | None = None
    percentage_surcharge: float | None = None


@with_config(REQUEST_CONFIG)
class GetShippingMethodResponseHandlingFeesCreate(TypedDict, total=False):
    """The fields to create a `GetShippingMethodResponseHandlingFees` with; unknown keys are
    refused.
    """

    fixed_surcharge: float
    percentage_surcharge: float


@with_config(REQUEST_CONFIG)
class GetShippingMethodResponseHandlingFeesUpdate(TypedDict, total=False):
    """The fields to update a `GetShippingMethodResponseHandlingFees` with; unknown keys are
    refused.
    """

    fixed_surcharge: float
    percentage_surcharge: float

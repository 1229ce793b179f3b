# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `Payment` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class Payment(ApiModel):
    """`Payment`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    provider_id: str | None = None
    amount: int | float | None = None
    offline: bool | None = None


@with_config(REQUEST_CONFIG)
class V3PaymentCreate(TypedDict, total=False):
    """The fields to create a `Payment` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    provider_id: str
    amount: int | float
    offline: bool

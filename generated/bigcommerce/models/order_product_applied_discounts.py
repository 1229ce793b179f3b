# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderProductAppliedDiscounts` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class OrderProductAppliedDiscounts(ApiModel):
    """`OrderProductAppliedDiscounts`: an object of the v2 API. Every field is optional; unknown
    fields are kept.
    """

    id: str | None = None
    amount: str | None = None
    name: str | None = None
    code: str | None = None
    target: str | None = None


@with_config(REQUEST_CONFIG)
class OrderProductAppliedDiscountsCreate(TypedDict, total=False):
    """The fields to create a `OrderProductAppliedDiscounts` with; unknown keys are refused."""

    id: str
    amount: str
    name: str
    code: str | None
    target: Literal["order", "product"]


@with_config(REQUEST_CONFIG)
class OrderProductAppliedDiscountsUpdate(TypedDict, total=False):
    """The fields to update a `OrderProductAppliedDiscounts` with; unknown keys are refused."""

    id: str
    amount: str
    name: str
    code: str | None
    target: Literal["order", "product"]

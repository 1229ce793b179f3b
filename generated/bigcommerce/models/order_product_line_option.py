# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderProductLineOption` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class OrderProductLineOption(ApiModel):
    """`OrderProductLineOption`: an object of the v2 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    """Required to create."""
    value: str | None = None
    """Required to create."""
    display_name: str | None = None
    display_name_customer: str | None = None
    display_name_merchant: str | None = None
    display_value: str | None = None
    display_value_customer: str | None = None
    display_value_merchant: str | None = None


@with_config(REQUEST_CONFIG)
class OrderProductLineOptionCreate(TypedDict, total=False):
    """The fields to create a `OrderProductLineOption` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    id: Required[int]
    value: Required[str]
    display_name: str
    display_name_customer: str
    display_name_merchant: str
    display_value: str
    display_value_customer: str
    display_value_merchant: str


@with_config(REQUEST_CONFIG)
class OrderProductLineOptionUpdate(TypedDict, total=False):
    """The fields to update a `OrderProductLineOption` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    id: int
    value: str
    display_name: str
    display_name_customer: str
    display_name_merchant: str
    display_value: str
    display_value_customer: str
    display_value_merchant: str

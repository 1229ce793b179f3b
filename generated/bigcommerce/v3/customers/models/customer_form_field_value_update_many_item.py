# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerFormFieldValueUpdateManyItemModel` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CustomerFormFieldValueUpdateManyItemModel(ApiModel):
    """`CustomerFormFieldValueUpdateManyItemModel`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    name: str | None = None
    """Required to create and update."""
    value: Any | None = None
    """Required to create and update."""
    customer_id: int | None = None
    address_id: int | None = None


@with_config(REQUEST_CONFIG)
class CustomerFormFieldValueUpdateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    name: Required[str]
    value: Required[Any]
    customer_id: int
    address_id: int

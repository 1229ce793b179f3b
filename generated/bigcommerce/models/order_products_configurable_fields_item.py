# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderProductsConfigurableFieldsItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class OrderProductsConfigurableFieldsItem(ApiModel):
    """`OrderProductsConfigurableFieldsItem`: an object of the v2 API. Every field is optional;
    unknown fields are kept.
    """

    name: str | None = None
    value: str | None = None


@with_config(REQUEST_CONFIG)
class OrderProductsConfigurableFieldsItemCreate(TypedDict, total=False):
    """The fields to create a `OrderProductsConfigurableFieldsItem` with; unknown keys are
    refused.
    """

    name: str
    value: str


@with_config(REQUEST_CONFIG)
class OrderProductsConfigurableFieldsItemUpdate(TypedDict, total=False):
    """The fields to update a `OrderProductsConfigurableFieldsItem` with; unknown keys are
    refused.
    """

    name: str
    value: str

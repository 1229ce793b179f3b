# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerAttributeValueCollectionResponseDataItem` model and the bodies of its create and
update calls.
"""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CustomerAttributeValueCollectionResponseDataItem(ApiModel):
    """`CustomerAttributeValueCollectionResponseDataItem`: an object of the v3 API. Every field
    is optional; unknown fields are kept.
    """

    attribute_id: int | None = None
    attribute_value: str | None = None
    id: int | None = None
    customer_id: int | None = None
    date_modified: _dt.datetime | None = None
    date_created: _dt.datetime | None = None


@with_config(REQUEST_CONFIG)
class CustomerAttributeValueCollectionResponseDataItemCreate(TypedDict, total=False):
    """The fields to create a `CustomerAttributeValueCollectionResponseDataItem` with; unknown
    keys are refused. Keys marked `Required` must be given.
    """

    attribute_id: Required[int]
    attribute_value: Required[str]
    id: int
    customer_id: Required[int]
    date_modified: _dt.datetime | str
    date_created: _dt.datetime | str


@with_config(REQUEST_CONFIG)
class CustomerAttributeValueCollectionResponseDataItemUpdate(TypedDict, total=False):
    """The fields to update a `CustomerAttributeValueCollectionResponseDataItem` with; unknown
    keys are refused.
    """

    attribute_id: int
    attribute_value: str
    id: int
    customer_id: int
    date_modified: _dt.datetime | str
    date_created: _dt.datetime | str

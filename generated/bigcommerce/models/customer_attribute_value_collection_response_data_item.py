# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerAttributeValueCollectionResponseDataItem` model."""

from __future__ import annotations

import datetime as _dt

from .._model import ApiModel


class CustomerAttributeValueCollectionResponseDataItem(ApiModel):
    """`CustomerAttributeValueCollectionResponseDataItem`: an object of the v3 API. Every field
    but `id` is optional; unknown fields are kept.
    """

    attribute_id: int | None = None
    """Required to create and update."""
    attribute_value: str | None = None
    """Required to create and update."""
    id: int
    customer_id: int | None = None
    """Required to create and update."""
    date_modified: _dt.datetime | None = None
    date_created: _dt.datetime | None = None

# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerAttribute` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel


class CustomerAttribute(ApiModel):
    """`CustomerAttribute`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept. Answered by `api.customers.attributes`: `all`, `create_many`,
    `update_many`.
    """

    name: str | None = None
    """Required to create and update. From 1 to 255 characters."""
    type: str | None = None
    """Required to create and update. One of: `'string'`, `'number'`, `'date'`."""
    id: int
    """Required to create and update."""
    date_modified: _dt.datetime | None = None
    date_created: _dt.datetime | None = None

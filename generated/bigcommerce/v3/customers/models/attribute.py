# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `Attribute` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel


class Attribute(ApiModel):
    """`Attribute`: an object of the v3 API. Every field but `id` is optional; unknown fields are
    kept. Answered by `api.customers.attribute_values`: `all`, `upsert`.
    """

    attribute_id: int | None = None
    attribute_value: str | None = None
    """At least 1 character."""
    customer_id: int | None = None
    date_created: _dt.datetime | None = None
    """At least 1 character."""
    date_modified: _dt.datetime | None = None
    """At least 1 character."""
    id: int

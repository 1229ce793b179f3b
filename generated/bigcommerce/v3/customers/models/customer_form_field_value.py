# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerFormFieldValue` model."""

from __future__ import annotations

from typing import Any

from ...._model import ApiModel


class CustomerFormFieldValue(ApiModel):
    """`CustomerFormFieldValue`: an object of the v3 API. Every field is optional; unknown fields
    are kept. Answered by `api.customers.form_field_values`: `all`, `update_many`.
    """

    name: str | None = None
    """Required to create and update."""
    value: Any | None = None
    """Required to create and update."""
    customer_id: int | None = None
    address_id: int | None = None

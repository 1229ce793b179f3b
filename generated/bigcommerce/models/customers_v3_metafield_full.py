# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomersV3MetafieldFull` model."""

from __future__ import annotations

import datetime as _dt

from .._model import ApiModel


class CustomersV3MetafieldFull(ApiModel):
    """`CustomersV3MetafieldFull`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    key: str | None = None
    value: str | None = None
    namespace: str | None = None
    permission_set: str | None = None
    description: str | None = None
    resource_type: str | None = None
    resource_id: int | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None

# Generated from spec/imported/v3/shipping.yaml by codegen (`make generate`); do not edit.
"""The `CustomsInformation` model."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from ...._model import ApiModel


class CustomsInformation(ApiModel):
    """`CustomsInformation`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.shipping.products.customs_information`: `all`, `update_many`.
    """

    product_id: int | None = None
    country_of_origin: str | None = None
    commodity_description: str | None = None
    """At most 100 characters."""
    international_shipping: bool | None = None
    """One of: `True`, `False`."""
    hs_codes: dict[str, Any] | None = None
    created_at: _dt.datetime | None = None
    """Read-only: set by the API, never sent."""
    updated_at: _dt.datetime | None = None
    """Read-only: set by the API, never sent."""

# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `ReferenceRequest` model."""

from __future__ import annotations

from .._model import ApiModel
from .reference_request_options_item import ReferenceRequestOptionsItem


class ReferenceRequest(ApiModel):
    """`ReferenceRequest`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    product_id: int | None = None
    variant_id: int | None = None
    options: list[ReferenceRequestOptionsItem] | None = None

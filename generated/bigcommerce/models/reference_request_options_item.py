# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `ReferenceRequestOptionsItem` model."""

from __future__ import annotations

from .._model import ApiModel


class ReferenceRequestOptionsItem(ApiModel):
    """`ReferenceRequestOptionsItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    option_id: int | None = None
    value_id: int | None = None

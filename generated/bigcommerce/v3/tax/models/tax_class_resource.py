# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxClassResource` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel


class TaxClassResource(ApiModel):
    """`TaxClassResource`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept. Answered by `api.tax`: `tax_class_batch_post`; `api.tax.classes`:
    `update_many`.
    """

    id: int
    """Required to create and update."""
    name: str | None = None
    """Required to create and update."""
    created_at: _dt.datetime | None = None
    """Required to create and update."""
    updated_at: _dt.datetime | None = None
    """Required to create and update."""

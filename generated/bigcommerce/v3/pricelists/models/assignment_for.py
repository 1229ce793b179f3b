# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `AssignmentFor` model."""

from __future__ import annotations

from ...._model import ApiModel


class AssignmentFor(ApiModel):
    """`AssignmentFor`: an object of the v3 API. Every field but `id` is optional; unknown fields
    are kept. Answered by `api.pricelists.assignments`: `all`, `upsert`.
    """

    id: int
    price_list_id: int | None = None
    customer_group_id: int | None = None
    channel_id: int | None = None

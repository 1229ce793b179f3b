# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `SimpleTransaction` model."""

from __future__ import annotations

from ...._model import ApiModel


class SimpleTransaction(ApiModel):
    """`SimpleTransaction`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by 6 calls of 4 resources, such as
    `api.inventory.adjustments.absolute.update`.
    """

    transaction_id: str | None = None

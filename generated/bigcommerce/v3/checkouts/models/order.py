# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `Order` model."""

from __future__ import annotations

from ...._model import ApiModel


class Order(ApiModel):
    """`Order`: an object of the v3 API. Every field but `id` is optional; unknown fields are
    kept. Answered by `api.checkouts.orders`: `create`.
    """

    id: int

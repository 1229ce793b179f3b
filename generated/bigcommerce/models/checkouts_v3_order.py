# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutsV3Order` model."""

from __future__ import annotations

from .._model import ApiModel


class CheckoutsV3Order(ApiModel):
    """`CheckoutsV3Order`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int

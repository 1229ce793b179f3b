# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `OptionValue` model."""

from __future__ import annotations

from typing import Any

from ...._model import ApiModel


class OptionValue(ApiModel):
    """`OptionValue`: an object of the v3 API. Every field but `id` is optional; unknown fields
    are kept. Answered by `api.catalog.products.options.values`: `all`, `create`, `get`,
    `update`.
    """

    is_default: bool | None = None
    label: str | None = None
    """Required to create."""
    sort_order: int | None = None
    """Required to create. From -2147483648 to 2147483647."""
    value_data: dict[str, Any] | None = None
    """May be null."""
    id: int

# Generated from spec/v2/option_sets.yaml by codegen (`make generate`); do not edit.
"""The `OptionSetOptionValue` model."""

from __future__ import annotations

from .._model import ApiModel


class OptionSetOptionValue(ApiModel):
    """`OptionSetOptionValue`: an object of the v2 API. Every field is optional; unknown fields
    are kept.
    """

    option_value_id: int | None = None
    label: str | None = None
    sort_order: int | None = None
    value: str | None = None

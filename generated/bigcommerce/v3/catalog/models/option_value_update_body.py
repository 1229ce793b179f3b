# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3OptionValueUpdateBody` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class V3OptionValueUpdateBody(ApiModel):
    """`V3OptionValueUpdateBody`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    is_default: bool | None = None
    label: str | None = None
    """Required to create."""
    sort_order: int | None = None
    """Required to create. From -2147483648 to 2147483647."""
    value_data: dict[str, Any] | None = None
    id: int
    """Required to update."""


@with_config(REQUEST_CONFIG)
class OptionValueUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    is_default: bool
    label: str
    sort_order: int
    """From -2147483648 to 2147483647."""
    value_data: dict[str, Any]
    id: Required[int]

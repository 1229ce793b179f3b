# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `AdjustmentsAbsoluteUpdateModel` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .adjustments_absolute_update_item import (
    AdjustmentsAbsoluteUpdateItem,
    AdjustmentsAbsoluteUpdateItemCreate,
    AdjustmentsAbsoluteUpdateItemUpdate,
)


class AdjustmentsAbsoluteUpdateModel(ApiModel):
    """`AdjustmentsAbsoluteUpdateModel`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    reason: str | None = None
    items: list[AdjustmentsAbsoluteUpdateItem] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class AdjustmentsAbsoluteUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    reason: str
    items: Required[list[AdjustmentsAbsoluteUpdateItemCreate]]


@with_config(REQUEST_CONFIG)
class AdjustmentsAbsoluteUpdateBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    reason: str
    items: Required[list[AdjustmentsAbsoluteUpdateItemUpdate]]

# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `PickupUpdateManyItemModel` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class PickupUpdateManyItemModel(ApiModel):
    """`PickupUpdateManyItemModel`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    """Required to create and update. At least 1. Deprecated."""
    pickup_id: int | None = None
    """Required to create and update. At least 1."""
    ready_at: str | None = None
    collected_at: str | None = None


@with_config(REQUEST_CONFIG)
class PickupUpdateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    id: Required[int]
    """At least 1. Deprecated."""
    pickup_id: Required[int]
    """At least 1."""
    ready_at: str
    collected_at: str

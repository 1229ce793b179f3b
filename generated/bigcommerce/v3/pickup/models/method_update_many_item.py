# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The `MethodUpdateManyItemModel` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class MethodUpdateManyItemModel(ApiModel):
    """`MethodUpdateManyItemModel`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    location_id: int | None = None
    display_name: str | None = None
    """At most 250 characters."""
    collection_instructions: str | None = None
    """At most 250 characters."""
    collection_time_description: str | None = None
    """At most 250 characters."""
    location_identity: int | None = None
    """Deprecated."""


@with_config(REQUEST_CONFIG)
class MethodUpdateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    id: int
    location_id: int
    display_name: str
    """At most 250 characters."""
    collection_instructions: str
    """At most 250 characters."""
    collection_time_description: str
    """At most 250 characters."""
    location_identity: int
    """Deprecated."""

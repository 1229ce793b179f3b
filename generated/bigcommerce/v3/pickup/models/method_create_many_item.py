# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The `MethodCreateManyItemModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class MethodCreateManyItemModel(ApiModel):
    """`MethodCreateManyItemModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

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
class MethodCreateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    location_id: int
    display_name: str
    """At most 250 characters."""
    collection_instructions: str
    """At most 250 characters."""
    collection_time_description: str
    """At most 250 characters."""
    location_identity: int
    """Deprecated."""

# Generated from spec/imported/v3/segments.yaml by codegen (`make generate`); do not edit.
"""The `SegmentUpdateManyItemModel` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class SegmentUpdateManyItemModel(ApiModel):
    """`SegmentUpdateManyItemModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: str | None = None
    """Required to create and update."""
    name: str | None = None
    description: str | None = None


@with_config(REQUEST_CONFIG)
class SegmentUpdateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    id: Required[str]
    name: str
    description: str

# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3ProductVideoUpdateBody` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class V3ProductVideoUpdateBody(ApiModel):
    """`V3ProductVideoUpdateBody`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    title: str | None = None
    """At most 255 characters."""
    description: str | None = None
    sort_order: int | None = None
    """From -2147483648 to 2147483647."""
    type: str | None = None
    """One of: `'youtube'`."""
    id: int
    """Required to update."""


@with_config(REQUEST_CONFIG)
class ProductVideoUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    title: str
    """At most 255 characters."""
    description: str
    sort_order: int
    """From -2147483648 to 2147483647."""
    type: Literal["youtube"]
    id: Required[int]

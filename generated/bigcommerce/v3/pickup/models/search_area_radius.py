# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The `SearchAreaRadius` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class SearchAreaRadius(ApiModel):
    """`SearchAreaRadius`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    value: int | None = None
    """Required to create and update."""
    unit: str | None = None
    """Required to create and update. One of: `'KM'`, `'MI'`."""


@with_config(REQUEST_CONFIG)
class SearchAreaRadiusCreate(TypedDict, total=False):
    """The fields to create a `SearchAreaRadius` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    value: Required[int]
    unit: Required[Literal["KM", "MI"]]

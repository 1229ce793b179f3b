# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `BaseFee` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class BaseFee(ApiModel):
    """`BaseFee`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    type: str | None = None
    """Required to create and update. One of: `'custom_fee'`."""
    name: str | None = None
    """Required to create and update. From 1 to 50 characters."""
    display_name: str | None = None
    """Required to create and update. From 1 to 200 characters."""
    cost: int | float | None = None
    """Required to create and update."""
    source: str | None = None
    """Required to create and update. From 1 to 50 characters."""
    tax_class_id: int | None = None


@with_config(REQUEST_CONFIG)
class BaseFeeCreate(TypedDict, total=False):
    """The fields to create a `BaseFee` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    type: Required[Literal["custom_fee"]]
    name: Required[str]
    """From 1 to 50 characters."""
    display_name: Required[str]
    """From 1 to 200 characters."""
    cost: Required[int | float]
    source: Required[str]
    """From 1 to 50 characters."""
    tax_class_id: int

# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `Notification` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class Notification(ApiModel):
    """`Notification`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    content: str | None = None
    """Required to create and update."""
    type: str | None = None
    """Required to create and update. One of: `'UPSELL'`, `'ELIGIBLE'`, `'APPLIED'`."""
    locations: list[str] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class NotificationCreate(TypedDict, total=False):
    """The fields to create a `Notification` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    content: Required[str]
    type: Required[Literal["UPSELL", "ELIGIBLE", "APPLIED"]]
    locations: Required[list[str]]


@with_config(REQUEST_CONFIG)
class NotificationUpdate(TypedDict, total=False):
    """The fields to update a `Notification` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    content: Required[str]
    type: Required[Literal["UPSELL", "ELIGIBLE", "APPLIED"]]
    locations: Required[list[str]]

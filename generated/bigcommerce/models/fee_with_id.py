# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `FeeWithId` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class FeeWithId(ApiModel):
    """`FeeWithId`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    type: str | None = None
    name: str | None = None
    display_name: str | None = None
    cost: float | None = None
    source: str | None = None
    tax_class_id: int | None = None
    id: str | None = None


@with_config(REQUEST_CONFIG)
class FeeWithIdUpdate(TypedDict, total=False):
    """The fields to update a `FeeWithId` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    type: Literal["custom_fee"]
    name: str
    display_name: str
    cost: float
    source: str
    tax_class_id: int
    id: str

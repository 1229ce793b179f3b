# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutsV3Order` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CheckoutsV3Order(ApiModel):
    """`CheckoutsV3Order`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    id: int | None = None


@with_config(REQUEST_CONFIG)
class CheckoutsV3OrderCreate(TypedDict, total=False):
    """The fields to create a `CheckoutsV3Order` with; unknown keys are refused."""

    id: int


@with_config(REQUEST_CONFIG)
class CheckoutsV3OrderUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutsV3Order` with; unknown keys are refused."""

    id: int

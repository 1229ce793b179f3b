# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `ConsentFull` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ConsentFull(ApiModel):
    """`ConsentFull`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    allow: list[str] | None = None
    deny: list[str] | None = None
    updated_at: _dt.datetime | None = None


@with_config(REQUEST_CONFIG)
class ConsentFullCreate(TypedDict, total=False):
    """The fields to create a `ConsentFull` with; unknown keys are refused."""

    allow: list[Literal["essential", "functional", "analytics", "targeting"]]
    deny: list[Literal["essential", "functional", "analytics", "targeting"]]
    updated_at: _dt.datetime | str


@with_config(REQUEST_CONFIG)
class ConsentFullUpdate(TypedDict, total=False):
    """The fields to update a `ConsentFull` with; unknown keys are refused."""

    allow: list[Literal["essential", "functional", "analytics", "targeting"]]
    deny: list[Literal["essential", "functional", "analytics", "targeting"]]
    updated_at: _dt.datetime | str

# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `Property` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class Property(ApiModel):
    """`Property`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    id: int | None = None
    code: str | None = None
    display_name: str | None = None
    description: str | None = None
    created_at: _dt.datetime | None = None
    updated_at: _dt.datetime | None = None
    type: str | None = None


@with_config(REQUEST_CONFIG)
class PropertyCreate(TypedDict, total=False):
    """The fields to create a `Property` with; unknown keys are refused."""

    code: str
    display_name: str
    description: str
    type: Literal["PRODUCT", "CUSTOMER"]


@with_config(REQUEST_CONFIG)
class PropertyUpdate(TypedDict, total=False):
    """The fields to update a `Property` with; unknown keys are refused."""

    code: str
    display_name: str
    description: str
    type: Literal["PRODUCT", "CUSTOMER"]

# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxClassResource` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class TaxClassResource(ApiModel):
    """`TaxClassResource`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    id: int | None = None
    name: str | None = None
    created_at: _dt.datetime | None = None
    updated_at: _dt.datetime | None = None


@with_config(REQUEST_CONFIG)
class TaxClassResourceCreate(TypedDict, total=False):
    """The fields to create a `TaxClassResource` with; unknown keys are refused. Keys marked
    `Required` must be given.
    """

    id: Required[int]
    name: Required[str]
    created_at: Required[_dt.datetime | str]
    updated_at: Required[_dt.datetime | str]


@with_config(REQUEST_CONFIG)
class TaxClassResourceUpdate(TypedDict, total=False):
    """The fields to update a `TaxClassResource` with; unknown keys are refused."""

    id: int
    name: str
    created_at: _dt.datetime | str
    updated_at: _dt.datetime | str

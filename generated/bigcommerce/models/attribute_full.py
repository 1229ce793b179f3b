# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `AttributeFull` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class AttributeFull(ApiModel):
    """`AttributeFull`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    attribute_id: int | None = None
    attribute_value: str | None = None
    customer_id: int | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    id: int | None = None


@with_config(REQUEST_CONFIG)
class AttributeFullCreate(TypedDict, total=False):
    """The fields to create a `AttributeFull` with; unknown keys are refused."""

    attribute_id: int
    attribute_value: str
    customer_id: int
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
    id: int


@with_config(REQUEST_CONFIG)
class AttributeFullUpdate(TypedDict, total=False):
    """The fields to update a `AttributeFull` with; unknown keys are refused."""

    attribute_id: int
    attribute_value: str
    customer_id: int
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
    id: int

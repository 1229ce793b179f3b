# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerAttributesResponseDataItem` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CustomerAttributesResponseDataItem(ApiModel):
    """`CustomerAttributesResponseDataItem`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    name: str | None = None
    type: str | None = None
    id: int | None = None
    date_modified: _dt.datetime | None = None
    date_created: _dt.datetime | None = None


@with_config(REQUEST_CONFIG)
class CustomerAttributesResponseDataItemCreate(TypedDict, total=False):
    """The fields to create a `CustomerAttributesResponseDataItem` with; unknown keys are
    refused. Keys marked `Required` must be given.
    """

    name: Required[str]
    type: Required[Literal["string", "number", "date"]]
    id: Required[int]
    date_modified: _dt.datetime | str
    date_created: _dt.datetime | str


@with_config(REQUEST_CONFIG)
class CustomerAttributesResponseDataItemUpdate(TypedDict, total=False):
    """The fields to update a `CustomerAttributesResponseDataItem` with; unknown keys are
    refused.
    """

    name: str
    type: Literal["string", "number", "date"]
    id: int
    date_modified: _dt.datetime | str
    date_created: _dt.datetime | str

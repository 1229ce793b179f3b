# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `GetPriceListsResponseDataItem` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class GetPriceListsResponseDataItem(ApiModel):
    """`GetPriceListsResponseDataItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: int | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    name: str | None = None
    active: bool | None = None


@with_config(REQUEST_CONFIG)
class GetPriceListsResponseDataItemCreate(TypedDict, total=False):
    """The fields to create a `GetPriceListsResponseDataItem` with; unknown keys are refused.
    Keys marked `Required` must be given.
    """

    id: int
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
    name: Required[str]
    active: bool


@with_config(REQUEST_CONFIG)
class GetPriceListsResponseDataItemUpdate(TypedDict, total=False):
    """The fields to update a `GetPriceListsResponseDataItem` with; unknown keys are refused."""

    id: int
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
    name: str
    active: bool

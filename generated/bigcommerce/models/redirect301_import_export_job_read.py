# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `Redirect301ImportExportJobRead` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .import_errors_item import ImportErrorsItem, ImportErrorsItemCreate, ImportErrorsItemUpdate


class Redirect301ImportExportJobRead(ApiModel):
    """`Redirect301ImportExportJobRead`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    id: str | None = None
    type: str | None = None
    status: str | None = None
    completed_items: int | None = None
    failed_items: int | None = None
    total_items: int | None = None
    errors: list[ImportErrorsItem] | None = None
    created_at: _dt.datetime | None = None
    completed_at: _dt.datetime | None = None


@with_config(REQUEST_CONFIG)
class Redirect301ImportExportJobReadCreate(TypedDict, total=False):
    """The fields to create a `Redirect301ImportExportJobRead` with; unknown keys are refused."""

    id: str
    type: Literal["import", "export"]
    status: Literal["new", "working", "complete", "aborted", "failed"]
    completed_items: int
    failed_items: int
    total_items: int
    errors: list[ImportErrorsItemCreate]
    created_at: _dt.datetime | str
    completed_at: _dt.datetime | str


@with_config(REQUEST_CONFIG)
class Redirect301ImportExportJobReadUpdate(TypedDict, total=False):
    """The fields to update a `Redirect301ImportExportJobRead` with; unknown keys are refused."""

    id: str
    type: Literal["import", "export"]
    status: Literal["new", "working", "complete", "aborted", "failed"]
    completed_items: int
    failed_items: int
    total_items: int
    errors: list[ImportErrorsItemUpdate]
    created_at: _dt.datetime | str
    completed_at: _dt.datetime | str

# Generated from spec/imported/v3/infrastructure.yaml by codegen (`make generate`); do not edit.
"""The `Project` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class Project(ApiModel):
    """`Project`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    uuid: str | None = None
    name: str | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None


@with_config(REQUEST_CONFIG)
class ProjectCreate(TypedDict, total=False):
    """The fields to create a `Project` with; unknown keys are refused."""

    uuid: str
    name: str
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str


@with_config(REQUEST_CONFIG)
class ProjectUpdate(TypedDict, total=False):
    """The fields to update a `Project` with; unknown keys are refused."""

    uuid: str
    name: str
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str

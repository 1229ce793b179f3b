# Generated from spec/imported/v3/infrastructure.yaml by codegen (`make generate`); do not edit.
"""The `Project` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel


class Project(ApiModel):
    """`Project`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.infrastructure.projects`: `all`, `create`.
    """

    uuid: str | None = None
    name: str | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None

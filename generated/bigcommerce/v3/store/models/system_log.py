# Generated from spec/imported/v3/store.yaml by codegen (`make generate`); do not edit.
"""The `SystemLog` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel


class SystemLog(ApiModel):
    """`SystemLog`: an object of the v3 API. Every field but `id` is optional; unknown fields are
    kept. Answered by `api.store.systemlogs`: `all`.
    """

    id: int
    type: str | None = None
    module: str | None = None
    severity: str | None = None
    summary: str | None = None
    message: str | None = None
    date_created: _dt.datetime | None = None

# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `JobId` model."""

from __future__ import annotations

from ...._model import ApiModel


class JobId(ApiModel):
    """`JobId`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.themes`: `create`; `api.themes.actions`: `download`.
    """

    job_id: str | None = None

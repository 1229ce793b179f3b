# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The `NotFound` model."""

from __future__ import annotations

from ...._model import ApiModel


class NotFound(ApiModel):
    """`NotFound`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.content.scripts`: `delete`; `api.pricelists.records`: `delete_all`;
    `api.themes.actions`: `activate`.
    """

    status: int | None = None
    title: str | None = None
    type: str | None = None
    instance: str | None = None

# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `AnalyticsProvider` model."""

from __future__ import annotations

from ...._model import ApiModel


class AnalyticsProvider(ApiModel):
    """`AnalyticsProvider`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept. Answered by `api.settings.analytics`: `all`, `get`, `update`.
    """

    id: int
    channel_id: int | None = None
    name: str | None = None
    code: str | None = None
    enabled: bool | None = None
    data_tag_enabled: bool | None = None
    version: int | float | None = None
    api_secret: str | None = None

# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `AnalyticsProvider` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class AnalyticsProvider(ApiModel):
    """`AnalyticsProvider`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    id: int | None = None
    channel_id: int | None = None
    name: str | None = None
    code: str | None = None
    enabled: bool | None = None
    data_tag_enabled: bool | None = None
    version: float | None = None
    api_secret: str | None = None


@with_config(REQUEST_CONFIG)
class AnalyticsProviderCreate(TypedDict, total=False):
    """The fields to create a `AnalyticsProvider` with; unknown keys are refused."""

    id: int
    channel_id: int
    name: str
    code: str
    enabled: bool
    data_tag_enabled: bool
    version: float
    api_secret: str


@with_config(REQUEST_CONFIG)
class AnalyticsProviderUpdate(TypedDict, total=False):
    """The fields to update a `AnalyticsProvider` with; unknown keys are refused."""

    id: int
    channel_id: int
    name: str
    code: str
    enabled: bool
    data_tag_enabled: bool
    version: float
    api_secret: str

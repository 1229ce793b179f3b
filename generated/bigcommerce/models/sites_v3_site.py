# Generated from spec/imported/v3/sites.yaml by codegen (`make generate`); do not edit.
"""The `SitesV3Site` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .channels_v3_url import ChannelsV3Url, ChannelsV3UrlCreate, ChannelsV3UrlUpdate


class SitesV3Site(ApiModel):
    """`SitesV3Site`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    id: int | None = None
    url: str | None = None
    channel_id: int | None = None
    created_at: str | None = None
    updated_at: str | None = None
    ssl_status: str | None = None
    urls: list[ChannelsV3Url] | None = None
    is_checkout_url_customized: bool | None = None


@with_config(REQUEST_CONFIG)
class SitesV3SiteCreate(TypedDict, total=False):
    """The fields to create a `SitesV3Site` with; unknown keys are refused."""

    id: int
    url: str
    channel_id: int
    created_at: str
    updated_at: str
    ssl_status: Literal["dedicated", "shared"]
    urls: list[ChannelsV3UrlCreate]
    is_checkout_url_customized: bool


@with_config(REQUEST_CONFIG)
class SitesV3SiteUpdate(TypedDict, total=False):
    """The fields to update a `SitesV3Site` with; unknown keys are refused."""

    id: int
    url: str
    channel_id: int
    created_at: str
    updated_at: str
    ssl_status: Literal["dedicated", "shared"]
    urls: list[ChannelsV3UrlUpdate]
    is_checkout_url_customized: bool

# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `SitePost` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class SitePost(ApiModel):
    """`SitePost`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    url: str | None = None
    channel_id: int | None = None


@with_config(REQUEST_CONFIG)
class SitePostCreate(TypedDict, total=False):
    """The fields to create a `SitePost` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    url: str
    channel_id: int

# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `ChannelMenusCreateCustomAppSection` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ChannelMenusCreateCustomAppSection(ApiModel):
    """`ChannelMenusCreateCustomAppSection`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    title: str | None = None
    query_path: str | None = None


@with_config(REQUEST_CONFIG)
class ChannelMenusCreateCustomAppSectionCreate(TypedDict, total=False):
    """The fields to create a `ChannelMenusCreateCustomAppSection` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    title: str
    query_path: str

# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `CustomUrl` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CustomUrl(ApiModel):
    """`CustomUrl`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    url: str | None = None
    """Required to create and update. From 1 to 255 characters."""
    is_customized: bool | None = None
    """Required to create and update."""
    create_redirect: bool | None = None


@with_config(REQUEST_CONFIG)
class CustomUrlCreate(TypedDict, total=False):
    """The fields to create a `CustomUrl` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    url: Required[str]
    """From 1 to 255 characters."""
    is_customized: Required[bool]
    create_redirect: bool


@with_config(REQUEST_CONFIG)
class CustomUrlUpdate(TypedDict, total=False):
    """The fields to update a `CustomUrl` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    url: Required[str]
    """From 1 to 255 characters."""
    is_customized: Required[bool]
    create_redirect: bool

# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `CategoryTreeUrl` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CategoryTreeUrl(ApiModel):
    """`CategoryTreeUrl`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    path: str | None = None
    """From 1 to 255 characters."""
    is_customized: bool | None = None


@with_config(REQUEST_CONFIG)
class CategoryTreeUrlCreate(TypedDict, total=False):
    """The fields to create a `CategoryTreeUrl` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    path: str
    """From 1 to 255 characters."""
    is_customized: bool


@with_config(REQUEST_CONFIG)
class CategoryTreeUrlUpdate(TypedDict, total=False):
    """The fields to update a `CategoryTreeUrl` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    path: str
    """From 1 to 255 characters."""
    is_customized: bool

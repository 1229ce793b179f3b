# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `BrandCreateCustomUrl` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class BrandCreateCustomUrl(ApiModel):
    """`BrandCreateCustomUrl`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    url: str | None = None
    """From 1 to 1024 characters."""
    is_customized: bool | None = None


@with_config(REQUEST_CONFIG)
class BrandCreateCustomUrlCreate(TypedDict, total=False):
    """The fields to create a `BrandCreateCustomUrl` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    url: str
    """From 1 to 1024 characters."""
    is_customized: bool


@with_config(REQUEST_CONFIG)
class BrandCreateCustomUrlUpdate(TypedDict, total=False):
    """The fields to update a `BrandCreateCustomUrl` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    url: str
    """From 1 to 1024 characters."""
    is_customized: bool

# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `ImexExportCreateModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ImexExportCreateModel(ApiModel):
    """`ImexExportCreateModel`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    site_id: int | None = None
    """May be null."""
    redirect_ids: list[int] | None = None
    """Default `[]`."""
    include_dynamic_target_urls: bool | None = None


@with_config(REQUEST_CONFIG)
class ImexExportCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    site_id: int | None
    redirect_ids: list[int]
    """Default `[]`."""
    include_dynamic_target_urls: bool

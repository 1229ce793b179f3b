# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `RedirectUpsertItemModel` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .redirect_to import RedirectTo, RedirectToUpdate


class RedirectUpsertItemModel(ApiModel):
    """`RedirectUpsertItemModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    from_path: str | None = None
    """Required to create and update."""
    site_id: int | None = None
    """Required to create and update."""
    to: RedirectTo | None = None


@with_config(REQUEST_CONFIG)
class RedirectUpsertItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    from_path: Required[str]
    site_id: Required[int]
    to: RedirectToUpdate

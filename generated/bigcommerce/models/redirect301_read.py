# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `Redirect301Read` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .redirect_to import RedirectTo, RedirectToCreate, RedirectToUpdate


class Redirect301Read(ApiModel):
    """`Redirect301Read`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    id: int | None = None
    site_id: int | None = None
    from_path: str | None = None
    to: RedirectTo | None = None
    to_url: str | None = None


@with_config(REQUEST_CONFIG)
class Redirect301ReadCreate(TypedDict, total=False):
    """The fields to create a `Redirect301Read` with; unknown keys are refused."""

    id: int
    site_id: int
    from_path: str
    to: RedirectToCreate
    to_url: str


@with_config(REQUEST_CONFIG)
class Redirect301ReadUpdate(TypedDict, total=False):
    """The fields to update a `Redirect301Read` with; unknown keys are refused."""

    id: int
    site_id: int
    from_path: str
    to: RedirectToUpdate
    to_url: str

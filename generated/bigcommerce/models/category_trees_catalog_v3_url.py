# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `CategoryTreesCatalogV3Url` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CategoryTreesCatalogV3Url(ApiModel):
    """`CategoryTreesCatalogV3Url`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    path: str | None = None
    is_customized: bool | None = None


@with_config(REQUEST_CONFIG)
class CategoryTreesCatalogV3UrlCreate(TypedDict, total=False):
    """The fields to create a `CategoryTreesCatalogV3Url` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    path: str
    is_customized: bool


@with_config(REQUEST_CONFIG)
class CategoryTreesCatalogV3UrlUpdate(TypedDict, total=False):
    """The fields to update a `CategoryTreesCatalogV3Url` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    path: str
    is_customized: bool

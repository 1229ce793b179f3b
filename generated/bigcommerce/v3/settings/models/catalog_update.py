# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `CatalogUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CatalogUpdate(ApiModel):
    """`CatalogUpdate`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.settings.catalog`: `get`, `update`.
    """

    auto_approve_reviews: bool | None = None
    enable_product_comparisons: bool | None = None


@with_config(REQUEST_CONFIG)
class CatalogUpdateBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    auto_approve_reviews: bool
    enable_product_comparisons: bool

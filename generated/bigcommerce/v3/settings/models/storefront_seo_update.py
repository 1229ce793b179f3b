# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `StorefrontSeoUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class StorefrontSeoUpdate(ApiModel):
    """`StorefrontSeoUpdate`: an object of the v3 API. Every field is optional; unknown fields
    are kept. Answered by `api.settings.storefront.seo`: `get`, `update`.
    """

    meta_description: str | None = None
    meta_keywords: str | None = None
    page_title: str | None = None
    www_redirect: str | None = None
    """One of: `'www'`, `'no-www'`, `'none'`."""


@with_config(REQUEST_CONFIG)
class StorefrontSeoUpdateBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    meta_description: str
    meta_keywords: str
    page_title: str
    www_redirect: Literal["www", "no-www", "none"]

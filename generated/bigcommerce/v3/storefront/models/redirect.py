# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `Redirect` model."""

from __future__ import annotations

from ...._model import ApiModel
from .redirect_to import RedirectTo


class Redirect(ApiModel):
    """`Redirect`: an object of the v3 API. Every field but `id` is optional; unknown fields are
    kept. Answered by `api.storefront.redirects`: `all`, `upsert`.
    """

    id: int
    site_id: int | None = None
    from_path: str | None = None
    to: RedirectTo | None = None
    to_url: str | None = None

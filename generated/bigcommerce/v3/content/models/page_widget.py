# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `PageWidget` model."""

from __future__ import annotations

from ...._model import ApiModel
from .region import Region


class PageWidget(ApiModel):
    """`PageWidget`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.content.page_widgets`: `get`.
    """

    regions: list[Region] | None = None

# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `SuccessNoContent` model."""

from __future__ import annotations

from ...._model import ApiModel
from .meta import Meta


class SuccessNoContent(ApiModel):
    """`SuccessNoContent`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.catalog.trees.categories`: `delete_all`, `update_many`.
    """

    meta: Meta | None = None

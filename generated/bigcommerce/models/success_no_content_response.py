# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `SuccessNoContentResponse` model."""

from __future__ import annotations

from .._model import ApiModel
from .meta_data import MetaData


class SuccessNoContentResponse(ApiModel):
    """`SuccessNoContentResponse`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    meta: MetaData | None = None

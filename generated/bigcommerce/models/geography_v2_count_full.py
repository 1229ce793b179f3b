# Generated from spec/imported/v2/countries.yaml by codegen (`make generate`); do not edit.
"""The `GeographyV2CountFull` model."""

from __future__ import annotations

from .._model import ApiModel


class GeographyV2CountFull(ApiModel):
    """`GeographyV2CountFull`: an object of the v2 API. Every field is optional; unknown fields
    are kept.
    """

    count: int | None = None

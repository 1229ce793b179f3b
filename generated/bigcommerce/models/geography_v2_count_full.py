# Generated from spec/imported/v2/countries.yaml by codegen (`make generate`); do not edit.
"""The `GeographyV2CountFull` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class GeographyV2CountFull(ApiModel):
    """`GeographyV2CountFull`: an object of the v2 API. Every field is optional; unknown fields
    are kept.
    """

    count: int | None = None


@with_config(REQUEST_CONFIG)
class GeographyV2CountFullCreate(TypedDict, total=False):
    """The fields to create a `GeographyV2CountFull` with; unknown keys are refused."""

    count: int


@with_config(REQUEST_CONFIG)
class GeographyV2CountFullUpdate(TypedDict, total=False):
    """The fields to update a `GeographyV2CountFull` with; unknown keys are refused."""

    count: int

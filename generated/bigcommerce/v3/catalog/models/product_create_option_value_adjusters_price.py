# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductCreateOptionValueAdjustersPrice` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ProductCreateOptionValueAdjustersPrice(ApiModel):
    """`ProductCreateOptionValueAdjustersPrice`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    adjuster: str | None = None
    adjuster_value: int | float | None = None


@with_config(REQUEST_CONFIG)
class ProductCreateOptionValueAdjustersPriceCreate(TypedDict, total=False):
    """The fields to create a `ProductCreateOptionValueAdjustersPrice` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`.
    """

    adjuster: str
    adjuster_value: int | float

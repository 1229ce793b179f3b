# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The `DeleteCouponCodeDeleteModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class DeleteCouponCodeDeleteModel(ApiModel):
    """`DeleteCouponCodeDeleteModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    version: int | None = None


@with_config(REQUEST_CONFIG)
class DeleteCouponCodeDelete(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    version: int

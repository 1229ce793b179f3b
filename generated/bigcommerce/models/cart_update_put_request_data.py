# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartUpdatePutRequestData` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CartUpdatePutRequestData(ApiModel):
    """`CartUpdatePutRequestData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    customer_id: int | None = None
    version: int | None = None


@with_config(REQUEST_CONFIG)
class CartUpdatePutRequestDataUpdate(TypedDict, total=False):
    """The fields to update a `CartUpdatePutRequestData` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    customer_id: int
    version: int

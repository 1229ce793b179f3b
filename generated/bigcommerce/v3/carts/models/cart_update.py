# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `V3CartUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class V3CartUpdate(ApiModel):
    """`V3CartUpdate`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    customer_id: int | None = None
    version: int | None = None


@with_config(REQUEST_CONFIG)
class CartUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    customer_id: int
    version: int

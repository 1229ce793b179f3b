# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartSettingUpdateModel` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CartSettingUpdateModel(ApiModel):
    """`CartSettingUpdateModel`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    allow_purchasing: bool | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class CartSettingUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    allow_purchasing: Required[bool]

# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `PropertyUpdateManyItemModel` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class PropertyUpdateManyItemModel(ApiModel):
    """`PropertyUpdateManyItemModel`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    """Required to create and update."""
    code: str | None = None
    display_name: str | None = None
    description: str | None = None


@with_config(REQUEST_CONFIG)
class PropertyUpdateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    id: Required[int]
    code: str
    display_name: str
    description: str

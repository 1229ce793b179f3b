# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `ClassUpdateManyItemModel` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ClassUpdateManyItemModel(ApiModel):
    """`ClassUpdateManyItemModel`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    """Required to create and update. At least 1."""
    name: str | None = None
    """Required to create and update. From 1 to 100 characters."""


@with_config(REQUEST_CONFIG)
class ClassUpdateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    id: Required[int]
    """At least 1."""
    name: Required[str]
    """From 1 to 100 characters."""

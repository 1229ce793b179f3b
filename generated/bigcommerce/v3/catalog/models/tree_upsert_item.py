# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `TreeUpsertItem` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class TreeUpsertItem(ApiModel):
    """`TreeUpsertItem`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept. Answered by `api.catalog.trees`: `all`, `upsert`.
    """

    id: int
    name: str | None = None
    """From 1 to 255 characters."""
    channels: list[int] | None = None


@with_config(REQUEST_CONFIG)
class TreeUpsertItemBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    id: int
    name: str
    """From 1 to 255 characters."""
    channels: list[int]

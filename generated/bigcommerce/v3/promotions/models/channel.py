# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `Channel` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class Channel(ApiModel):
    """`Channel`: an object of the v3 API. Every field but `id` is optional; unknown fields are
    kept.
    """

    id: int
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class ChannelCreate(TypedDict, total=False):
    """The fields to create a `Channel` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    id: Required[int]


@with_config(REQUEST_CONFIG)
class ChannelUpdate(TypedDict, total=False):
    """The fields to update a `Channel` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    id: Required[int]

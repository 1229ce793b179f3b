# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `CustomerSegmentIdLimitation` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CustomerSegmentIdLimitation(ApiModel):
    """`CustomerSegmentIdLimitation`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: list[str] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class CustomerSegmentIdLimitationCreate(TypedDict, total=False):
    """The fields to create a `CustomerSegmentIdLimitation` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    id: Required[list[str]]


@with_config(REQUEST_CONFIG)
class CustomerSegmentIdLimitationUpdate(TypedDict, total=False):
    """The fields to update a `CustomerSegmentIdLimitation` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    id: Required[list[str]]

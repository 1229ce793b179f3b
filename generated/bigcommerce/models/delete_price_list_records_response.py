# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `DeletePriceListRecordsResponse` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class DeletePriceListRecordsResponse(ApiModel):
    """`DeletePriceListRecordsResponse`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    status: int | None = None
    title: str | None = None
    type: str | None = None
    instance: str | None = None


@with_config(REQUEST_CONFIG)
class DeletePriceListRecordsResponseCreate(TypedDict, total=False):
    """The fields to create a `DeletePriceListRecordsResponse` with; unknown keys are refused."""

    status: int
    title: str
    type: str
    instance: str


@with_config(REQUEST_CONFIG)
class DeletePriceListRecordsResponseUpdate(TypedDict, total=False):
    """The fields to update a `DeletePriceListRecordsResponse` with; unknown keys are refused."""

    status: int
    title: str
    type: str
    instance: str

# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `GetPageSnapshotResponseData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .region import Region, RegionCreate, RegionUpdate


class GetPageSnapshotResponseData(ApiModel):
    """`GetPageSnapshotResponseData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    regions: list[Region] | None = None


@with_config(REQUEST_CONFIG)
class GetPageSnapshotResponseDataCreate(TypedDict, total=False):
    """The fields to create a `GetPageSnapshotResponseData` with; unknown keys are refused."""

    regions: list[RegionCreate]


@with_config(REQUEST_CONFIG)
class GetPageSnapshotResponseDataUpdate(TypedDict, total=False):
    """The fields to update a `GetPageSnapshotResponseData` with; unknown keys are refused."""

    regions: list[RegionUpdate]

# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `GetPageSnapshotResponseData` model."""

from __future__ import annotations

from .._model import ApiModel
from .region import Region


class GetPageSnapshotResponseData(ApiModel):
    """`GetPageSnapshotResponseData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    regions: list[Region] | None = None

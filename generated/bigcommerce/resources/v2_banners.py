# Generated from spec/imported/v2/banners.yaml by codegen (`make generate`); do not edit.
"""The `V2Banners` resource (v2)."""

from __future__ import annotations

from .._operation import NodeResource
from ..models.get_banners_count_response import GetBannersCountResponse


class V2Banners(NodeResource):
    """`api.v2.banners` (v2): count."""

    _version = "v2"

    def count(self) -> GetBannersCountResponse:
        """`GET /v2/banners/count` (getBannersCount)."""
        return self._one(GetBannersCountResponse, "GET", "banners/count", {}, None)

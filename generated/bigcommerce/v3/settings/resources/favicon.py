# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V3SettingsFavicon` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .favicon_image import V3SettingsFaviconImage


class V3SettingsFavicon(NodeResource):
    """`api.settings.favicon` (v3): a namespace."""

    @cached_property
    def image(self) -> V3SettingsFaviconImage:
        from .favicon_image import V3SettingsFaviconImage

        return V3SettingsFaviconImage(self._connection)

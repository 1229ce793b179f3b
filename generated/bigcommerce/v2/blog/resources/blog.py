# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V2Blog` resource (v2)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .tags import V2BlogTags


class V2Blog(NodeResource):
    """`api.v2.blog` (v2): a namespace."""

    @cached_property
    def tags(self) -> V2BlogTags:
        from .tags import V2BlogTags

        return V2BlogTags(self._connection)

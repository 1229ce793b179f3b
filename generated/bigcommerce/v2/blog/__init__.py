# Generated from spec/imported/v2/blog.yaml by codegen (`make generate`); do not edit.
"""The v2 API's `blog` models, loaded on first use: `from bigcommerce.v2.blog import
BlogTagsItem`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models.blog_tags_item import BlogTagsItem

#: public name -> (model module, its name there)
_EXPORTS = {
    "BlogTagsItem": (".models.blog_tags_item", "BlogTagsItem"),
}

__all__ = [
    "BlogTagsItem",
]


def __getattr__(name: str) -> Any:
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0], __name__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)

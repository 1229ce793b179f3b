# Generated from spec/v2/categories.yaml by codegen (`make generate`); do not edit.
"""The `Category` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel


class Category(ApiModel):
    """`Category`: an object of the v2 `Categories` resource. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    parent_id: int | None = None
    name: str | None = None
    """Required to create."""
    description: str | None = None
    sort_order: int | None = None
    page_title: str | None = None
    meta_keywords: str | None = None
    meta_description: str | None = None
    layout_file: str | None = None
    parent_category_list: list[int] | None = None
    """Read-only: set by the API, never sent."""
    image_file: str | None = None
    is_visible: bool | None = None
    search_keywords: str | None = None
    url: str | None = None

    def update(self, **fields: Unpack[CategoryUpdate]) -> Category:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.categories import Categories

        return self._resource(Categories).update(self._own_id(), **fields)

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.categories import Categories

        return self._resource(Categories).delete(self._own_id())


@with_config(REQUEST_CONFIG)
class CategoryCreate(TypedDict, total=False):
    """The fields to create a `Category` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    parent_id: int
    name: Required[str]
    description: str
    sort_order: int
    page_title: str
    meta_keywords: str
    meta_description: str
    layout_file: str
    image_file: str
    is_visible: bool
    search_keywords: str
    url: str


@with_config(REQUEST_CONFIG)
class CategoryUpdate(TypedDict, total=False):
    """The fields to update a `Category` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    parent_id: int
    name: str
    description: str
    sort_order: int
    page_title: str
    meta_keywords: str
    meta_description: str
    layout_file: str
    image_file: str
    is_visible: bool
    search_keywords: str
    url: str

# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `CategoryNode` model."""

from __future__ import annotations

from ...._model import ApiModel


class CategoryNode(ApiModel):
    """`CategoryNode`: an object of the v3 API. Every field but `id` is optional; unknown fields
    are kept. Answered by `api.catalog.trees.categories`: `get_category_tree`.
    """

    id: int
    parent_id: int | None = None
    depth: int | None = None
    path: list[int] | None = None
    name: str | None = None
    is_visible: bool | None = None
    children: list[CategoryNode] | None = None
    url: str | None = None
    """From 1 to 255 characters."""

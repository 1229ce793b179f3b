# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `CategoryNode` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CategoryNode(ApiModel):
    """`CategoryNode`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    id: int | None = None
    parent_id: int | None = None
    depth: int | None = None
    path: list[int] | None = None
    name: str | None = None
    is_visible: bool | None = None
    children: list[CategoryNode] | None = None
    url: str | None = None


@with_config(REQUEST_CONFIG)
class CategoryNodeCreate(TypedDict, total=False):
    """The fields to create a `CategoryNode` with; unknown keys are refused."""

    id: int
    parent_id: int
    depth: int
    path: list[int]
    name: str
    is_visible: bool
    children: list[CategoryNodeCreate]
    url: str


@with_config(REQUEST_CONFIG)
class CategoryNodeUpdate(TypedDict, total=False):
    """The fields to update a `CategoryNode` with; unknown keys are refused."""

    id: int
    parent_id: int
    depth: int
    path: list[int]
    name: str
    is_visible: bool
    children: list[CategoryNodeUpdate]
    url: str

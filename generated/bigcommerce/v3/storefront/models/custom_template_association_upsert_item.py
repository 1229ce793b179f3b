# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `CustomTemplateAssociationUpsertItemModel` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CustomTemplateAssociationUpsertItemModel(ApiModel):
    """`CustomTemplateAssociationUpsertItemModel`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    channel_id: int | None = None
    """Required to create and update."""
    entity_type: str | None = None
    """Required to create and update. One of: `'product'`, `'category'`, `'brand'`, `'page'`."""
    entity_id: int | None = None
    """Required to create and update."""
    file_name: str | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class CustomTemplateAssociationUpsertItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    channel_id: Required[int]
    entity_type: Required[Literal["product", "category", "brand", "page"]]
    entity_id: Required[int]
    file_name: Required[str]

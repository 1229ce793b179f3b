# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `ThemesCollectionResponseDataItem` model."""

from __future__ import annotations

from .._model import ApiModel
from .themes_collection_response_data_item_variations_item import (
    ThemesCollectionResponseDataItemVariationsItem,
)


class ThemesCollectionResponseDataItem(ApiModel):
    """`ThemesCollectionResponseDataItem`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    variations: list[ThemesCollectionResponseDataItemVariationsItem] | None = None
    uuid: str | None = None
    name: str | None = None
    is_private: bool | None = None
    is_active: bool | None = None
    updated_at: str | None = None

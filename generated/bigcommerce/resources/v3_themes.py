# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `V3Themes` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._operation import NodeResource
from .._query import segment
from ..models.job_id import JobId
from ..models.theme import Theme
from ..models.themes_collection_response_data_item import ThemesCollectionResponseDataItem
from ..models.upload_store_theme_request import UploadStoreThemeRequestCreate

if TYPE_CHECKING:
    from .v3_themes_actions import V3ThemesActions
    from .v3_themes_configurations import V3ThemesConfigurations
    from .v3_themes_custom_templates import V3ThemesCustomTemplates
    from .v3_themes_jobs import V3ThemesJobs


class V3Themes(NodeResource):
    """`api.themes` (v3): all, create, delete, get."""

    _version = "v3"

    @cached_property
    def actions(self) -> V3ThemesActions:
        from .v3_themes_actions import V3ThemesActions

        return V3ThemesActions(self._connection)

    @cached_property
    def configurations(self) -> V3ThemesConfigurations:
        from .v3_themes_configurations import V3ThemesConfigurations

        return V3ThemesConfigurations(self._connection)

    @cached_property
    def custom_templates(self) -> V3ThemesCustomTemplates:
        from .v3_themes_custom_templates import V3ThemesCustomTemplates

        return V3ThemesCustomTemplates(self._connection)

    @cached_property
    def jobs(self) -> V3ThemesJobs:
        from .v3_themes_jobs import V3ThemesJobs

        return V3ThemesJobs(self._connection)

    def all(self) -> list[ThemesCollectionResponseDataItem]:
        """`GET /v3/themes` (getStoreThemes)."""
        return self._many(
            ThemesCollectionResponseDataItem, "GET", "themes", {}, None, envelope=True
        )

    def create(self, body: UploadStoreThemeRequestCreate, /) -> JobId:
        """`POST /v3/themes` (uploadStoreTheme)."""
        return self._one(
            JobId,
            "POST",
            "themes",
            {},
            None,
            body=body,
            body_type=UploadStoreThemeRequestCreate,
            multipart=True,
        )

    def delete(self, uuid: str, /) -> None:
        """`DELETE /v3/themes/{uuid}` (deleteStoreTheme)."""
        return self._nothing("DELETE", f"themes/{segment(uuid)}", {}, None)

    def get(self, uuid: str, /) -> Theme:
        """`GET /v3/themes/{uuid}` (getStoreTheme)."""
        return self._one(Theme, "GET", f"themes/{segment(uuid)}", {}, None, envelope=True)

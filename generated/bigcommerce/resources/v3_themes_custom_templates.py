# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `V3ThemesCustomTemplates` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.get_theme_custom_templates_response_data import GetThemeCustomTemplatesResponseData


class V3ThemesCustomTemplates(NodeResource):
    """`api.themes.custom_templates` (v3): get."""

    _version = "v3"

    def get(self, version_uuid: str, /) -> GetThemeCustomTemplatesResponseData:
        """`GET /v3/themes/custom-templates/{version_uuid}` (getThemeCustomTemplates)."""
        return self._one(
            GetThemeCustomTemplatesResponseData,
            "GET",
            f"themes/custom-templates/{segment(version_uuid)}",
            {},
            None,
            envelope=True,
        )

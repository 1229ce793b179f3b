# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `V3ThemesCustomTemplates` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.theme_custom_template import ThemeCustomTemplate


class V3ThemesCustomTemplates(NodeResource):
    """`api.themes.custom_templates` (v3): get."""

    _op_get: ClassVar[Operation[ThemeCustomTemplate]] = Operation(
        method="GET",
        path="themes/custom-templates/{version_uuid}",
        version="v3",
        result="one",
        model=ThemeCustomTemplate,
        envelope=True,
        operation_id="getThemeCustomTemplates",
    )

    def get(
        self,
        version_uuid: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ThemeCustomTemplate:
        """`GET /v3/themes/custom-templates/{version_uuid}` (getThemeCustomTemplates).

        Returns one `ThemeCustomTemplate`.

        Args:
            version_uuid: `str`, the path's `{version_uuid}`.
        """
        return self._call(
            self._op_get,
            f"themes/custom-templates/{segment(version_uuid)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

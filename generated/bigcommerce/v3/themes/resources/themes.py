# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `V3Themes` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.job_id import JobId
from ..models.theme import Theme
from ..models.theme_create import ThemeCreate

if TYPE_CHECKING:
    from .actions import V3ThemesActions
    from .configurations import V3ThemesConfigurations
    from .custom_templates import V3ThemesCustomTemplates
    from .jobs import V3ThemesJobs


class V3Themes(NodeResource):
    """`api.themes` (v3): all, create, delete, get."""

    @cached_property
    def actions(self) -> V3ThemesActions:
        from .actions import V3ThemesActions

        return V3ThemesActions(self._connection)

    @cached_property
    def configurations(self) -> V3ThemesConfigurations:
        from .configurations import V3ThemesConfigurations

        return V3ThemesConfigurations(self._connection)

    @cached_property
    def custom_templates(self) -> V3ThemesCustomTemplates:
        from .custom_templates import V3ThemesCustomTemplates

        return V3ThemesCustomTemplates(self._connection)

    @cached_property
    def jobs(self) -> V3ThemesJobs:
        from .jobs import V3ThemesJobs

        return V3ThemesJobs(self._connection)

    _op_all: ClassVar[Operation[list[Theme]]] = Operation(
        method="GET",
        path="themes",
        version="v3",
        result="many",
        model=Theme,
        envelope=True,
        operation_id="getStoreThemes",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[Theme]:
        """`GET /v3/themes` (getStoreThemes).

        Returns a list of `Theme` objects.
        """
        return self._call(
            self._op_all,
            "themes",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[JobId]] = Operation(
        method="POST",
        path="themes",
        version="v3",
        result="one",
        model=JobId,
        body_type=ThemeCreate,
        multipart=True,
        operation_id="uploadStoreTheme",
    )

    def create(
        self,
        body: ThemeCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> JobId:
        """`POST /v3/themes` (uploadStoreTheme).

        Returns one `JobId`.

        The body is sent as multipart/form-data (files as uploads).

        Args:
            body: `ThemeCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "themes",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="themes/{uuid}",
        version="v3",
        result="nothing",
        operation_id="deleteStoreTheme",
    )

    def delete(
        self,
        uuid: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/themes/{uuid}` (deleteStoreTheme).

        Returns None (the answer has no body).

        Args:
            uuid: `str`, the path's `{uuid}`.
        """
        return self._call(
            self._op_delete,
            f"themes/{segment(uuid)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Theme]] = Operation(
        method="GET",
        path="themes/{uuid}",
        version="v3",
        result="one",
        model=Theme,
        envelope=True,
        operation_id="getStoreTheme",
    )

    def get(
        self,
        uuid: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Theme:
        """`GET /v3/themes/{uuid}` (getStoreTheme).

        Returns one `Theme`.

        Args:
            uuid: `str`, the path's `{uuid}`.
        """
        return self._call(
            self._op_get,
            f"themes/{segment(uuid)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

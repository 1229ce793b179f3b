# Generated from spec/imported/v3/infrastructure.yaml by codegen (`make generate`); do not edit.
"""The `V3InfrastructureProjects` resource (v3)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.project import Project
from ..models.project_create import ProjectCreate


@with_config(REQUEST_CONFIG)
class V3InfrastructureProjectsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    after: str
    before: str
    date_created__max: _dt.datetime | _dt.date | str
    """Sent as `date_created:max`."""
    date_created__min: _dt.datetime | _dt.date | str
    """Sent as `date_created:min`."""
    date_modified__max: _dt.datetime | _dt.date | str
    """Sent as `date_modified:max`."""
    date_modified__min: _dt.datetime | _dt.date | str
    """Sent as `date_modified:min`."""
    limit: int
    """Default `50`."""
    name__like: str
    """Sent as `name:like`."""
    uuid__in: str
    """Sent as `uuid:in`."""


@with_config(REQUEST_CONFIG)
class V3InfrastructureProjectsDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    project_uuid__in: Required[str]
    """Sent as `project_uuid:in`. Required by the documents."""


class V3InfrastructureProjects(NodeResource):
    """`api.infrastructure.projects` (v3): all, iterall, create, delete, delete_many."""

    _op_all: ClassVar[Operation[list[Project]]] = Operation(
        method="GET",
        path="infrastructure/projects",
        version="v3",
        result="many",
        model=Project,
        query_type=V3InfrastructureProjectsAllQuery,
        envelope=True,
        operation_id="listProjects",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3InfrastructureProjectsAllQuery],
    ) -> list[Project]:
        """`GET /v3/infrastructure/projects` (listProjects).

        Returns one page of `Project` objects (a list).

        Paged by cursors (`after`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3InfrastructureProjectsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            "infrastructure/projects",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Project]]] = Operation(
        method="GET",
        path="infrastructure/projects",
        version="v3",
        result="pages",
        model=Project,
        query_type=V3InfrastructureProjectsAllQuery,
        envelope=True,
        pagination="cursor",
        operation_id="listProjects",
    )

    def iterall(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3InfrastructureProjectsAllQuery],
    ) -> Iterator[Project]:
        """`GET /v3/infrastructure/projects` (listProjects).

        Yields every `Project` of every page, one page in memory at a time.

        Paged by cursors (`after`, `limit`): follows the pages to the last, 250 items a page unless
        `limit`.

        Args:
            query: the query parameters (`V3InfrastructureProjectsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_iterall,
            "infrastructure/projects",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Project]] = Operation(
        method="POST",
        path="infrastructure/projects",
        version="v3",
        result="one",
        model=Project,
        body_type=ProjectCreate,
        envelope=True,
        operation_id="createProject",
    )

    def create(
        self,
        body: ProjectCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Project:
        """`POST /v3/infrastructure/projects` (createProject).

        Returns one `Project`.

        Args:
            body: `ProjectCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "infrastructure/projects",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="infrastructure/projects/{project_uuid}",
        version="v3",
        result="nothing",
        operation_id="deleteProject",
    )

    def delete(
        self,
        project_uuid: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/infrastructure/projects/{project_uuid}` (deleteProject).

        Returns None (the answer has no body).

        Args:
            project_uuid: `str`, the path's `{project_uuid}`.
        """
        return self._call(
            self._op_delete,
            f"infrastructure/projects/{segment(project_uuid)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="infrastructure/projects",
        version="v3",
        result="nothing",
        query_type=V3InfrastructureProjectsDeleteManyQuery,
        operation_id="deleteProjects",
        required_query=("project_uuid:in",),
    )

    def delete_many(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3InfrastructureProjectsDeleteManyQuery],
    ) -> None:
        """`DELETE /v3/infrastructure/projects` (deleteProjects).

        Returns None (the answer has no body).

        Query parameters refused before sending when missing: `project_uuid__in`.

        Args:
            query: the query parameters (`V3InfrastructureProjectsDeleteManyQuery`); `x__in` is
                sent as `x:in`.
        """
        return self._call(
            self._op_delete_many,
            "infrastructure/projects",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

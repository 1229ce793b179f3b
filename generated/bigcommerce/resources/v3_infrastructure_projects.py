# Generated from spec/imported/v3/infrastructure.yaml by codegen (`make generate`); do not edit.
"""The `V3InfrastructureProjects` resource (v3)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.create_project_request import CreateProjectRequestCreate
from ..models.project import Project


@with_config(REQUEST_CONFIG)
class V3InfrastructureProjectsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    after: str
    before: str
    date_created__max: _dt.datetime | _dt.date | str
    date_created__min: _dt.datetime | _dt.date | str
    date_modified__max: _dt.datetime | _dt.date | str
    date_modified__min: _dt.datetime | _dt.date | str
    limit: int
    name__like: str
    uuid__in: str


@with_config(REQUEST_CONFIG)
class V3InfrastructureProjectsDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in`; unknown keys are refused."""

    project_uuid__in: Required[str]


class V3InfrastructureProjects(NodeResource):
    """`api.infrastructure.projects` (v3): all, iterall, create, delete, delete_many."""

    _version = "v3"

    def all(self, **query: Unpack[V3InfrastructureProjectsAllQuery]) -> list[Project]:
        """`GET /v3/infrastructure/projects` (listProjects)."""
        return self._many(
            Project,
            "GET",
            "infrastructure/projects",
            query,
            V3InfrastructureProjectsAllQuery,
            envelope=True,
        )

    def iterall(self, **query: Unpack[V3InfrastructureProjectsAllQuery]) -> Iterator[Project]:
        """Every item of every page of `GET /v3/infrastructure/projects` (listProjects), one page
        in memory at a time.
        """
        return self._pages(
            Project,
            "GET",
            "infrastructure/projects",
            query,
            V3InfrastructureProjectsAllQuery,
            envelope=True,
            pagination="cursor",
        )

    def create(self, body: CreateProjectRequestCreate, /) -> Project:
        """`POST /v3/infrastructure/projects` (createProject)."""
        return self._one(
            Project,
            "POST",
            "infrastructure/projects",
            {},
            None,
            body=body,
            body_type=CreateProjectRequestCreate,
            envelope=True,
        )

    def delete(self, project_uuid: str, /) -> None:
        """`DELETE /v3/infrastructure/projects/{project_uuid}` (deleteProject)."""
        return self._nothing("DELETE", f"infrastructure/projects/{segment(project_uuid)}", {}, None)

    def delete_many(self, **query: Unpack[V3InfrastructureProjectsDeleteManyQuery]) -> None:
        """`DELETE /v3/infrastructure/projects` (deleteProjects)."""
        return self._nothing(
            "DELETE", "infrastructure/projects", query, V3InfrastructureProjectsDeleteManyQuery
        )

# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V3Infrastructure` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .deployments import V3InfrastructureDeployments
    from .logs import V3InfrastructureLogs
    from .projects import V3InfrastructureProjects


class V3Infrastructure(NodeResource):
    """`api.infrastructure` (v3): a namespace."""

    @cached_property
    def deployments(self) -> V3InfrastructureDeployments:
        from .deployments import V3InfrastructureDeployments

        return V3InfrastructureDeployments(self._connection)

    @cached_property
    def logs(self) -> V3InfrastructureLogs:
        from .logs import V3InfrastructureLogs

        return V3InfrastructureLogs(self._connection)

    @cached_property
    def projects(self) -> V3InfrastructureProjects:
        from .projects import V3InfrastructureProjects

        return V3InfrastructureProjects(self._connection)

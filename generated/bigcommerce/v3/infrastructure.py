# Generated from spec/imported/v3/infrastructure.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `infrastructure` models, loaded on first use: `from bigcommerce.v3.infrastructure
import CreateDeployment`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.create_deployment import CreateDeployment
    from ..models.deployment_create import DeploymentCreateCreate as DeploymentCreate
    from ..models.environment_variable import EnvironmentVariable
    from ..models.project import Project
    from ..models.upload_signature import UploadSignature
    from ..models.v3_project_create import V3ProjectCreateCreate as ProjectCreate

#: public name -> (model module, its name there)
_EXPORTS = {
    "CreateDeployment": ("create_deployment", "CreateDeployment"),
    "DeploymentCreate": ("deployment_create", "DeploymentCreateCreate"),
    "EnvironmentVariable": ("environment_variable", "EnvironmentVariable"),
    "Project": ("project", "Project"),
    "ProjectCreate": ("v3_project_create", "V3ProjectCreateCreate"),
    "UploadSignature": ("upload_signature", "UploadSignature"),
}

__all__ = [
    "CreateDeployment",
    "DeploymentCreate",
    "EnvironmentVariable",
    "Project",
    "ProjectCreate",
    "UploadSignature",
]


def __getattr__(name: str) -> Any:
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"..models.{where[0]}", __package__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)

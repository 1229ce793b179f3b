# Generated from spec/imported/v3/infrastructure.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `infrastructure` models, loaded on first use: `from bigcommerce.v3.infrastructure
import Project`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models.create_deployment import CreateDeployment
    from .models.deployment_create import DeploymentCreate
    from .models.environment_variable import EnvironmentVariable
    from .models.project import Project
    from .models.project_create import ProjectCreate
    from .models.upload_signature import UploadSignature

#: public name -> (model module, its name there)
_EXPORTS = {
    "CreateDeployment": (".models.create_deployment", "CreateDeployment"),
    "DeploymentCreate": (".models.deployment_create", "DeploymentCreate"),
    "EnvironmentVariable": (".models.environment_variable", "EnvironmentVariable"),
    "Project": (".models.project", "Project"),
    "ProjectCreate": (".models.project_create", "ProjectCreate"),
    "UploadSignature": (".models.upload_signature", "UploadSignature"),
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
    value = getattr(importlib.import_module(where[0], __name__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)

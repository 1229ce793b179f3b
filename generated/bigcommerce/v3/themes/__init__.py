# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `themes` models, loaded on first use: `from bigcommerce.v3.themes import Theme`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..shared.models.not_found import NotFound
    from .models.job import Job
    from .models.job_error import JobError
    from .models.job_id import JobId
    from .models.job_warning import JobWarning
    from .models.theme import Theme
    from .models.theme_action_activate import ThemeActionActivate
    from .models.theme_action_download import ThemeActionDownload
    from .models.theme_configuration import ThemeConfiguration
    from .models.theme_configuration_validate import ThemeConfigurationValidate
    from .models.theme_create import ThemeCreate
    from .models.theme_custom_template import ThemeCustomTemplate
    from .models.variation import Variation

#: public name -> (model module, its name there)
_EXPORTS = {
    "Job": (".models.job", "Job"),
    "JobError": (".models.job_error", "JobError"),
    "JobId": (".models.job_id", "JobId"),
    "JobWarning": (".models.job_warning", "JobWarning"),
    "NotFound": ("..shared.models.not_found", "NotFound"),
    "Theme": (".models.theme", "Theme"),
    "ThemeActionActivate": (".models.theme_action_activate", "ThemeActionActivate"),
    "ThemeActionDownload": (".models.theme_action_download", "ThemeActionDownload"),
    "ThemeConfiguration": (".models.theme_configuration", "ThemeConfiguration"),
    "ThemeConfigurationValidate": (
        ".models.theme_configuration_validate",
        "ThemeConfigurationValidate",
    ),
    "ThemeCreate": (".models.theme_create", "ThemeCreate"),
    "ThemeCustomTemplate": (".models.theme_custom_template", "ThemeCustomTemplate"),
    "Variation": (".models.variation", "Variation"),
}

__all__ = [
    "Job",
    "JobError",
    "JobId",
    "JobWarning",
    "NotFound",
    "Theme",
    "ThemeActionActivate",
    "ThemeActionDownload",
    "ThemeConfiguration",
    "ThemeConfigurationValidate",
    "ThemeCreate",
    "ThemeCustomTemplate",
    "Variation",
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

# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `storefront` models, loaded on first use: `from bigcommerce.v3.storefront import
CustomTemplateAssociation`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..shared.models.scratch import Scratch
    from .models.api_token_create import ApiTokenCreate
    from .models.api_token_customer_impersonation_create import ApiTokenCustomerImpersonationCreate
    from .models.api_token_private_create import ApiTokenPrivateCreate
    from .models.custom_template_association import CustomTemplateAssociation
    from .models.custom_template_association_upsert_item import CustomTemplateAssociationUpsertItem
    from .models.imex_export_create import ImexExportCreate
    from .models.imex_import_create import ImexImportCreate
    from .models.redirect import Redirect
    from .models.redirect301_import_export_job import Redirect301ImportExportJob
    from .models.redirect301_import_export_job_error import Redirect301ImportExportJobError
    from .models.redirect_to import RedirectTo
    from .models.redirect_upsert_item import RedirectUpsertItem
    from .models.token import Token

#: public name -> (model module, its name there)
_EXPORTS = {
    "ApiTokenCreate": (".models.api_token_create", "ApiTokenCreate"),
    "ApiTokenCustomerImpersonationCreate": (
        ".models.api_token_customer_impersonation_create",
        "ApiTokenCustomerImpersonationCreate",
    ),
    "ApiTokenPrivateCreate": (".models.api_token_private_create", "ApiTokenPrivateCreate"),
    "CustomTemplateAssociation": (
        ".models.custom_template_association",
        "CustomTemplateAssociation",
    ),
    "CustomTemplateAssociationUpsertItem": (
        ".models.custom_template_association_upsert_item",
        "CustomTemplateAssociationUpsertItem",
    ),
    "ImexExportCreate": (".models.imex_export_create", "ImexExportCreate"),
    "ImexImportCreate": (".models.imex_import_create", "ImexImportCreate"),
    "Redirect": (".models.redirect", "Redirect"),
    "Redirect301ImportExportJob": (
        ".models.redirect301_import_export_job",
        "Redirect301ImportExportJob",
    ),
    "Redirect301ImportExportJobError": (
        ".models.redirect301_import_export_job_error",
        "Redirect301ImportExportJobError",
    ),
    "RedirectTo": (".models.redirect_to", "RedirectTo"),
    "RedirectUpsertItem": (".models.redirect_upsert_item", "RedirectUpsertItem"),
    "Scratch": ("..shared.models.scratch", "Scratch"),
    "Token": (".models.token", "Token"),
}

__all__ = [
    "ApiTokenCreate",
    "ApiTokenCustomerImpersonationCreate",
    "ApiTokenPrivateCreate",
    "CustomTemplateAssociation",
    "CustomTemplateAssociationUpsertItem",
    "ImexExportCreate",
    "ImexImportCreate",
    "Redirect",
    "Redirect301ImportExportJob",
    "Redirect301ImportExportJobError",
    "RedirectTo",
    "RedirectUpsertItem",
    "Scratch",
    "Token",
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

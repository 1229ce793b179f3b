# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `storefront` models, loaded on first use: `from bigcommerce.v3.storefront import
ApiTokenCreate`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.api_token_create import ApiTokenCreateCreate as ApiTokenCreate
    from ..models.api_token_customer_impersonation_create import (
        ApiTokenCustomerImpersonationCreateCreate as ApiTokenCustomerImpersonationCreate,
    )
    from ..models.api_token_private_create import (
        ApiTokenPrivateCreateCreate as ApiTokenPrivateCreate,
    )
    from ..models.custom_template_association import CustomTemplateAssociation
    from ..models.custom_template_association_upsert_item import (
        CustomTemplateAssociationUpsertItemUpdate as CustomTemplateAssociationUpsertItem,
    )
    from ..models.imex_export_create import ImexExportCreateCreate as ImexExportCreate
    from ..models.imex_import_create import ImexImportCreateCreate as ImexImportCreate
    from ..models.redirect301_import_export_job import Redirect301ImportExportJob
    from ..models.redirect301_import_export_job_error import Redirect301ImportExportJobError
    from ..models.redirect_to import RedirectTo
    from ..models.redirect_upsert_item import RedirectUpsertItemUpdate as RedirectUpsertItem
    from ..models.scratch import Scratch
    from ..models.token import Token
    from ..models.v3_redirect import Redirect

#: public name -> (model module, its name there)
_EXPORTS = {
    "ApiTokenCreate": ("api_token_create", "ApiTokenCreateCreate"),
    "ApiTokenCustomerImpersonationCreate": (
        "api_token_customer_impersonation_create",
        "ApiTokenCustomerImpersonationCreateCreate",
    ),
    "ApiTokenPrivateCreate": ("api_token_private_create", "ApiTokenPrivateCreateCreate"),
    "CustomTemplateAssociation": ("custom_template_association", "CustomTemplateAssociation"),
    "CustomTemplateAssociationUpsertItem": (
        "custom_template_association_upsert_item",
        "CustomTemplateAssociationUpsertItemUpdate",
    ),
    "ImexExportCreate": ("imex_export_create", "ImexExportCreateCreate"),
    "ImexImportCreate": ("imex_import_create", "ImexImportCreateCreate"),
    "Redirect": ("v3_redirect", "Redirect"),
    "Redirect301ImportExportJob": ("redirect301_import_export_job", "Redirect301ImportExportJob"),
    "Redirect301ImportExportJobError": (
        "redirect301_import_export_job_error",
        "Redirect301ImportExportJobError",
    ),
    "RedirectTo": ("redirect_to", "RedirectTo"),
    "RedirectUpsertItem": ("redirect_upsert_item", "RedirectUpsertItemUpdate"),
    "Scratch": ("scratch", "Scratch"),
    "Token": ("token", "Token"),
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
    value = getattr(importlib.import_module(f"..models.{where[0]}", __package__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)

# Generated from spec/imported/v2/customers.yaml by codegen (`make generate`); do not edit.
"""The v2 API's `customers` models, loaded on first use: `from bigcommerce.v2.customers import
CustomerValidate`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models.customer_validate import CustomerValidate
    from .models.validate_password import ValidatePassword

#: public name -> (model module, its name there)
_EXPORTS = {
    "CustomerValidate": (".models.customer_validate", "CustomerValidate"),
    "ValidatePassword": (".models.validate_password", "ValidatePassword"),
}

__all__ = [
    "CustomerValidate",
    "ValidatePassword",
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

# Generated from spec/imported/v2/currencies.yaml by codegen (`make generate`); do not edit.
"""The `V2Currencies` resource (v2)."""

from __future__ import annotations

from typing import Any

from .._operation import NodeResource


class V2Currencies(NodeResource):
    """`api.v2.currencies` (v2): delete_all."""

    _version = "v2"

    def delete_all(self) -> dict[str, Any]:
        """`DELETE /v2/currencies` (deleteCurrencies)."""
        return self._value(dict[str, Any], "DELETE", "currencies", {}, None)

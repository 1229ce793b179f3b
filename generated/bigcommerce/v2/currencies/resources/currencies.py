# Generated from spec/imported/v2/currencies.yaml by codegen (`make generate`); do not edit.
"""The `V2Currencies` resource (v2)."""

from __future__ import annotations

from typing import Any, ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation


class V2Currencies(NodeResource):
    """`api.v2.currencies` (v2): delete_all."""

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="currencies",
        version="v2",
        result="value",
        model=dict[str, Any],
        operation_id="deleteCurrencies",
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """`DELETE /v2/currencies` (deleteCurrencies).

        Returns `dict[str, Any]`.
        """
        return self._call(
            self._op_delete_all,
            "currencies",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

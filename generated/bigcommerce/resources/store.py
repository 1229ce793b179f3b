# Generated from spec/v2/store.yaml by codegen (`make generate`); do not edit.
"""The `Store` resource (v2)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.store_information import StoreInformation


@with_config(REQUEST_CONFIG)
class StoreFilters(TypedDict, total=False):
    """Query filters of `Store`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """


class Store(Resource):
    """`store` (v2): all."""

    _op_all: ClassVar[Operation[StoreInformation]] = Operation(
        method="GET", path="store", version="v2", result="one", model=StoreInformation
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> StoreInformation:
        """The StoreInformation: `GET /v2/store`.

        Returns one `StoreInformation`.
        """
        return self._call(
            self._op_all,
            "store",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

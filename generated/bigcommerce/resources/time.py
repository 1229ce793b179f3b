# Generated from spec/v2/time.yaml by codegen (`make generate`); do not edit.
"""The `Time` resource (v2)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.store_time import StoreTime


@with_config(REQUEST_CONFIG)
class TimeFilters(TypedDict, total=False):
    """Query filters of `Time`; unknown keys are sent as given, with an `UnknownArgumentWarning`."""


class Time(Resource):
    """`time` (v2): all."""

    _op_all: ClassVar[Operation[StoreTime]] = Operation(
        method="GET", path="time", version="v2", result="one", model=StoreTime
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> StoreTime:
        """The StoreTime: `GET /v2/time`.

        Returns one `StoreTime`.
        """
        return self._call(
            self._op_all,
            "time",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

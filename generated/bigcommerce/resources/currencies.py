# Generated from spec/v2/currencies.yaml by codegen (`make generate`); do not edit.
"""The `Currencies` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.currency import Currency, CurrencyCreate, CurrencyUpdate


@with_config(REQUEST_CONFIG)
class CurrenciesFilters(TypedDict, total=False):
    """Query filters of `Currencies`; unknown keys are refused."""

    page: int
    limit: int


class Currencies(Resource):
    """`currencies` (v2): all, iterall, get, create, update, delete."""

    def all(self, **filters: Unpack[CurrenciesFilters]) -> list[Currency]:
        """One page of Currency objects: `GET currencies`."""
        return self._list(Currency, "currencies", filters, CurrenciesFilters)

    def iterall(self, **filters: Unpack[CurrenciesFilters]) -> Iterator[Currency]:
        """Every Currency of `GET currencies`, page after page, one page in memory at a time."""
        return self._iterate(Currency, "currencies", filters, CurrenciesFilters)

    def get(self, id: Id, /) -> Currency:
        """One Currency by id: `GET currencies/{id}`."""
        return self._get(Currency, f"currencies/{segment(id)}")

    def create(self, **fields: Unpack[CurrencyCreate]) -> Currency:
        """Create a Currency: `POST currencies`; returns it as stored."""
        return self._write(Currency, "POST", "currencies", fields, CurrencyCreate)

    def update(self, id: Id, /, **fields: Unpack[CurrencyUpdate]) -> Currency:
        """Change a Currency: `PUT currencies/{id}`; returns it as stored."""
        return self._write(Currency, "PUT", f"currencies/{segment(id)}", fields, CurrencyUpdate)

    def delete(self, id: Id, /) -> None:
        """Delete one Currency: `DELETE currencies/{id}`."""
        return self._delete(f"currencies/{segment(id)}")

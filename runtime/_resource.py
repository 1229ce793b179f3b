"""The base class of generated resources: each generated method is one call into this file.

Arguments are validated (filters and bodies against their TypedDicts, ids as path segments) before
anything is sent; answers become the operation's model (_parse.py), bound to this resource.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import partial
from typing import Any, TypeVar

import requests
from pydantic import ValidationError
from typing_extensions import Self, Unpack

from ._model import ApiModel
from ._parse import adapter, decoded, parse_list, parse_one
from ._prefetch import check_prefetch, last_from_count, page_items, pages
from ._query import Id
from ._redact import excerpt
from .connection import Connection, Options
from .exception import InvalidArgumentError, ResponseDecodeError

M = TypeVar("M", bound=ApiModel)

#: The largest page the v2 API serves.
V2_MAX_LIMIT = 250


class Resource:
    """A resource bound to a connection, as `api.Products` or `api.ProductOptions`."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def __repr__(self) -> str:
        return f"<{type(self).__name__} on {self._connection!r}>"

    def with_options(self, **options: Unpack[Options]) -> Self:
        """The same resource with other settings for the calls made through it (`timeout`,
        `max_retries`, `max_retry_wait`, `max_response_bytes`, `deadline`)."""
        connection = self._connection.with_options(**options)
        return type(self)(connection)

    # Runtime calls made by generated methods.

    def _list(
        self,
        model: type[M],
        path: str,
        filters: Mapping[str, Any],
        filters_type: Any,
        parent: Id | None = None,
    ) -> list[M]:
        query = self._check(filters_type, filters, "filter")
        return self._connection.request_parsed(
            "GET", path, lambda res: self._parse_list(model, res, parent), params=query
        )

    def _iterate(
        self,
        model: type[M],
        path: str,
        filters: Mapping[str, Any],
        filters_type: Any,
        parent: Id | None = None,
        *,
        prefetch: int = 0,
        count_path: str | None = None,
    ) -> Iterator[M]:
        """Every item of every page (`page`/`limit`), one page in memory at a time, or with
        `prefetch` up to that many more fetched ahead when `count_path` tells how many items
        there are (see _prefetch.py).

        Stops on a short page, on an empty page (204), and when a page repeats the previous one or
        is longer than asked for (an endpoint that ignores paging) instead of looping forever.
        v2 answers carry no page numbers, so a listing that goes backwards shows as a page that
        repeats an earlier one: that raises `PaginationError` (see _prefetch.page_items).
        """
        prefetch = check_prefetch(prefetch)
        query = self._check(filters_type, filters, "filter")
        limit = int(query.pop("limit", V2_MAX_LIMIT))
        page = int(query.pop("page", 1))

        def fetch(number: int) -> list[M]:
            params = {**query, "page": number, "limit": limit}
            return self._connection.request_parsed(
                "GET", path, lambda res: self._parse_list(model, res, parent), params=params
            )

        last_page: partial[int] | None = None
        if prefetch and count_path is not None:
            request = self._connection.request_parsed
            count = partial(request, "GET", count_path, _parse_count, params=query)
            last_page = partial(last_from_count, page, limit, count)
        source = pages(
            fetch, page, prefetch=prefetch, last_page=last_page, connection=self._connection
        )
        yield from page_items(source, page, lambda _number, items: len(items) != limit)

    def _iterate_unpaged(
        self,
        model: type[M],
        path: str,
        filters: Mapping[str, Any],
        filters_type: Any,
        parent: Id | None = None,
    ) -> Iterator[M]:
        """`iterall` on an endpoint without pages: the one list it returns."""
        yield from self._list(model, path, filters, filters_type, parent)

    def _get(self, model: type[M], path: str, parent: Id | None = None) -> M:
        return self._connection.request_parsed(
            "GET", path, lambda res: self._parse_one(model, res, parent)
        )

    def _write(
        self,
        model: type[M],
        method: str,
        path: str,
        fields: Mapping[str, Any],
        body_type: Any,
        parent: Id | None = None,
    ) -> M:
        checked = self._check(body_type, fields, "field")
        body = adapter(body_type).dump_json(checked)
        return self._connection.request_parsed(
            method, path, lambda res: self._parse_one(model, res, parent), body=body
        )

    def _delete(self, path: str) -> None:
        self._connection.request("DELETE", path)

    def _count(self, path: str, filters: Mapping[str, Any], filters_type: Any) -> int:
        query = self._check(filters_type, filters, "filter")
        return self._connection.request_parsed("GET", path, _parse_count, params=query)

    # Helpers.

    def _check(self, tp: Any, values: Any, what: str) -> Any:
        """Validate arguments (keyword arguments, a body) against their type before anything is
        sent; the error names every bad argument."""
        try:
            data = dict(values) if isinstance(values, Mapping) else values
            return adapter(tp).validate_python(data)
        except ValidationError as exc:
            problems = "; ".join(
                f"{what} {'.'.join(str(p) for p in err['loc']) or '?'!r}: {err['msg']}"
                for err in exc.errors()
            )
            raise InvalidArgumentError(f"{type(self).__name__}: {problems}") from None

    def _parse_one(self, model: type[M], res: requests.Response, parent: Id | None) -> M:
        obj = parse_one(model, res)
        obj._bind(self, parent)
        return obj

    def _parse_list(self, model: type[M], res: requests.Response, parent: Id | None) -> list[M]:
        items = parse_list(model, res)[0]
        for item in items:
            item._bind(self, parent)
        return items


def _parse_count(res: requests.Response) -> int:
    data = decoded(res)
    if isinstance(data, dict) and type(data.get("count")) is int:  # not a bool
        return int(data["count"])
    raise ResponseDecodeError(
        f"{res.url}: expected {{'count': <int>}}, got {excerpt(res.content, 200)}", res
    )

# Copied from runtime/_prefetch.py by codegen (`make generate`); do not edit.
"""The pages of a listing, one after the other, optionally fetched ahead in the background.

`pages()` hands out pages `first`, `first + 1`, ... in order, each exactly once; the caller stops
when it has seen enough (a short page) by closing the iterator or dropping it. Without prefetch,
a page is requested only when the caller asks for it. With `prefetch=N` and a way to learn the
number of the last page (`last_page`: v2 asks the `count` endpoint, its list answers carry no
total; v3 reads `meta.pagination` of the first page):

- `last_page(first)` runs alongside the request for the first page (`first`, a Future, which
  it may wait for);
- then up to N pages after the one the caller is reading are requested by background threads:
  at most N + 1 pages are held or in flight at any time;
- nothing past that last page is requested ahead: if the listing grew meanwhile and that page
  comes back full, the pages after it come one at a time;
- fetching ahead pauses while the store's last `requests_remaining`, less the requests in
  flight, is at most N (or the `min_requests_remaining` of `rate_limiting_management`, when
  larger): the next page is then requested only when the caller needs it, until the store
  reports more requests left;
- an error fetching a page is raised when the caller reaches that page; when the caller stops,
  pages not yet requested are not, and the requests under way (at most N) are waited for and
  dropped, so that nothing runs on once the iteration is over.
"""

from __future__ import annotations

import hashlib
import logging
from collections import deque
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from contextlib import closing
from typing import TYPE_CHECKING, TypeVar

from pydantic_core import PydanticSerializationError, to_json

from .exception import HttpException, InvalidArgumentError, PaginationError, ResponseDecodeError

if TYPE_CHECKING:
    from concurrent.futures import Future

    from .connection import Connection

T = TypeVar("T")

log = logging.getLogger("bigcommerce")

#: The most pages `iterall` fetches ahead: requests pools 10 connections per host.
MAX_PREFETCH = 10


def check_prefetch(prefetch: object) -> int:
    """`prefetch` as a page count, or InvalidArgumentError."""
    if isinstance(prefetch, bool) or not isinstance(prefetch, int):
        raise InvalidArgumentError(f"prefetch must be a whole number of pages, not {prefetch!r}")
    if not 0 <= prefetch <= MAX_PREFETCH:
        raise InvalidArgumentError(f"prefetch must be between 0 and {MAX_PREFETCH}, not {prefetch}")
    return prefetch


def pages(
    fetch: Callable[[int], Sequence[T]],
    first: int,
    *,
    prefetch: int = 0,
    last_page: Callable[[Future[Sequence[T]]], int | None] | None = None,
    connection: Connection | None = None,
) -> Generator[Sequence[T], None, None]:
    """`fetch(first)`, `fetch(first + 1)`, ... in order (see the module's docstring).

    `last_page(first_page)` is the number of the last page worth requesting, or None when it
    cannot be told. `connection` tells the rate limit: fetching ahead pauses while its
    `rate_limit['requests_remaining']` is at most `prefetch` (or at most the
    `min_requests_remaining` of its `rate_limiting_management`, when that is larger).
    """
    if prefetch <= 0 or last_page is None:
        yield from _one_at_a_time(fetch, first)
        return
    from concurrent.futures import ThreadPoolExecutor  # only when prefetching

    rate_limit: Mapping[str, int] = connection.rate_limit if connection is not None else {}
    management = (connection.rate_limiting_management if connection is not None else None) or {}
    reserve = max(prefetch, int(management.get("min_requests_remaining", 0)))
    pool = ThreadPoolExecutor(max_workers=max(2, prefetch), thread_name_prefix="bigcommerce-page")
    ahead: deque[Future[Sequence[T]]] = deque()
    try:
        ahead.append(pool.submit(fetch, first))
        counted = pool.submit(last_page, ahead[0])
        try:
            found = counted.result()
        except (HttpException, ResponseDecodeError) as exc:
            if exc is not _failure(ahead[0]):  # else the caller gets it with the first page
                log.warning("iterall: no prefetch, the number of pages is unknown: %s", exc)
            found = None
        last = first if found is None else found
        following = first + 1  # the next page to request

        def room() -> bool:
            remaining = rate_limit.get("requests_remaining")
            if remaining is None:
                return True
            in_flight = sum(1 for future in ahead if not future.done())
            return remaining - in_flight > reserve

        while True:
            # The page the caller needs next is always requested; the ones after it only while
            # there is room and the rate limit allows.
            while following <= last and len(ahead) <= prefetch and (not ahead or room()):
                ahead.append(pool.submit(fetch, following))
                following += 1
            if not ahead:
                break
            yield ahead.popleft().result()
        yield from _one_at_a_time(fetch, following)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def page_items(
    source: Generator[Sequence[T], None, None],
    first: int,
    ends: Callable[[int, Sequence[T]], bool],
) -> Iterator[T]:
    """The items of the pages `source` yields (numbered from `first`), one page held at a time,
    until a page is empty, repeats the previous one (an endpoint that ignores paging: it would
    be read forever), or `ends(number, page)` says it is the last. Closes `source`.

    `ends` is asked before the page's items are yielded, so it may refuse the page by raising
    `PaginationError`; a page that repeats an earlier page (not the previous one: the listing
    cycles) raises it too. Pages are told apart by their length and first and last items."""
    seen: dict[bytes, int] = {}  # the fingerprint of each page read, and its number
    previous: bytes | None = None
    with closing(source):
        for number, page in enumerate(source, first):
            if not page:
                return
            fingerprint = _fingerprint(page)
            if fingerprint == previous:
                return
            if fingerprint in seen:
                raise PaginationError(
                    f"page {number} repeats page {seen[fingerprint]}: the listing goes round "
                    "in circles"
                )
            last = ends(number, page)
            yield from page
            if last:
                return
            seen[fingerprint] = number
            previous = fingerprint
            del page  # not held while the next page is fetched


def _fingerprint(page: Sequence[object]) -> bytes:
    """A short digest of a page's length and first and last items, to recognise it again."""
    digest = hashlib.blake2b(str(len(page)).encode(), digest_size=16)
    for item in (page[0], page[-1]):
        try:
            data = to_json(item, fallback=repr)
        except PydanticSerializationError:  # text JSON cannot hold (a lone surrogate)
            data = repr(item).encode("utf-8", "backslashreplace")
        digest.update(b"\0" + data)
    return digest.digest()


def _failure(future: Future[Sequence[T]]) -> BaseException | None:
    """What a finished request raised (None while it runs or when it succeeded)."""
    return future.exception() if future.done() else None


def last_from_count(first: int, limit: int, count: Callable[[], int], _first_page: object) -> int:
    """`last_page` where only the number of items is known (`count()`, pages before `first`
    included): the first page that comes back short, or empty, ends the listing."""
    return first + max(0, count() - (first - 1) * limit) // limit


def _one_at_a_time(fetch: Callable[[int], Sequence[T]], number: int) -> Iterator[Sequence[T]]:
    while True:
        yield fetch(number)
        number += 1

"""Operations of a kind, picked from the generated operation index, for tests that need "a listing
paged by cursor" rather than one named operation: the package may have been generated from
another version of BigCommerce's documents, which lacks it. When the index has no operation of
the kind, the test is skipped and says why."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import pytest

from bigcommerce import operations
from bigcommerce.api import BigcommerceApi

from .conftest import ACCESS_TOKEN, CLIENT_ID, STORE_HASH


@dataclass(frozen=True)
class Listing:
    chain: tuple[str, ...]  # attributes from the client: ("infrastructure", "projects")
    path: str  # as the server sees it: "/stores/abc123/v3/infrastructure/projects"

    def node(self, client: BigcommerceApi) -> Any:
        target: Any = client
        for name in self.chain:
            target = getattr(target, name)
        return target


@cache
def _listings(pagination: str) -> tuple[Listing, ...]:
    """v3 listings taking no ids whose `iterall` pages by `pagination`, in index order."""
    probe = BigcommerceApi(
        client_id=CLIENT_ID,
        store_hash=STORE_HASH,
        access_token=ACCESS_TOKEN,
        host="http://127.0.0.1:9",
    )
    found = []
    for row in operations():
        if row.version != "v3" or row.method != "GET" or not row.call.endswith(".all()"):
            continue
        listing = Listing(
            tuple(row.call[len("api.") : -len(".all()")].split(".")),
            f"/stores/{STORE_HASH}/v3{row.path}",
        )
        op = getattr(type(listing.node(probe)), "_op_iterall", None)
        if op is not None and op.pagination == pagination:
            found.append(listing)
    return tuple(found)


def cursor_listing() -> Listing:
    """A listing paged by cursor alone (each page names the next); skips without one."""
    found = _listings("cursor")
    if not found:
        pytest.skip("the documents the package was generated from have no listing paged by cursor")
    return found[0]


def require(version: str, method: str, path: str) -> None:
    """Skip the test unless the index has this operation (`path` from the version root)."""
    if not any((r.version, r.method, r.path) == (version, method, path) for r in operations()):
        pytest.skip(f"the documents the package was generated from lack {method} /{version}{path}")

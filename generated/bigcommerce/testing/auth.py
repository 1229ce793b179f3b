# Copied from runtime/testing/auth.py by codegen (`make generate`); do not edit.
"""Who may call the store: basic auth under `/api/v2/`, OAuth headers under `/stores/{hash}/v2/`.

A request without credentials, or with wrong ones, gets 401; right OAuth credentials sent to
another store's hash get 403, as BigCommerce answers.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import re
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["ApiRoot", "Credentials", "check", "split_root"]

_OAUTH_ROOT = re.compile(r"^/stores/([^/]+)/(v2|v3)(/.*)?$")
_BASIC_ROOT = re.compile(r"^/api/(v2)(/.*)?$")


@dataclass(frozen=True)
class Credentials:
    """The credentials the store accepts (also what `serve` prints for clients to use)."""

    store_hash: str = "fake123"
    username: str = "admin"
    basic_token: str = "fake-basic-token"
    client_id: str = "fake-client-id"
    access_token: str = "fake-access-token"

    @property
    def basic_auth(self) -> tuple[str, str]:
        return (self.username, self.basic_token)


@dataclass(frozen=True)
class ApiRoot:
    """Where a request path enters the API: `/api/v2` or `/stores/{hash}/v2`, and the rest."""

    oauth: bool
    store_hash: str | None
    version: str
    prefix: str  # the root without the rest: "/api/v2"
    rest: str  # the path below the root: "products/5"


def split_root(path: str) -> ApiRoot | None:
    """The API root of a path, or None when the path is outside the API."""
    match = _OAUTH_ROOT.match(path)
    if match:
        store_hash, version, rest = match.groups()
        prefix = f"/stores/{store_hash}/{version}"
        return ApiRoot(True, store_hash, version, prefix, (rest or "").lstrip("/"))
    match = _BASIC_ROOT.match(path)
    if match:
        version, rest = match.groups()
        return ApiRoot(False, None, version, f"/api/{version}", (rest or "").lstrip("/"))
    return None


def check(root: ApiRoot, headers: Mapping[str, str], creds: Credentials) -> int | None:
    """401 or 403 when the request may not proceed, else None. `headers` are WSGI environ keys
    (`HTTP_X_AUTH_TOKEN`)."""
    if root.oauth:
        client = headers.get("HTTP_X_AUTH_CLIENT", "")
        token = headers.get("HTTP_X_AUTH_TOKEN", "")
        if not (_same(client, creds.client_id) and _same(token, creds.access_token)):
            return 401
        return None if root.store_hash == creds.store_hash else 403
    user, password = _basic(headers.get("HTTP_AUTHORIZATION", ""))
    if _same(user, creds.username) and _same(password, creds.basic_token):
        return None
    return 401


def _basic(header: str) -> tuple[str, str]:
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic":
        return "", ""
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return "", ""
    user, _, password = decoded.partition(":")
    return user, password


def _same(given: str, expected: str) -> bool:
    return bool(given) and hmac.compare_digest(given.encode(), expected.encode())

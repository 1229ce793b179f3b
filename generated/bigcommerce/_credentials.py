# Copied from runtime/_credentials.py by codegen (`make generate`); do not edit.
"""Credentials and the one origin they are sent to, checked when a client is built.

A client's credentials (basic auth, or OAuth's `X-Auth-Client` and `X-Auth-Token`) are attached
by `StoreAuth` to a request only when its URL is on the configured API origin (scheme, host and
port): the OAuth service and any other host the client talks to get none of them. Redirects are
never followed (see connection.py), so an answer cannot move them elsewhere either.

The payments gateway (`payments.bigcommerce.com`, or `BC_PAYMENTS_ENDPOINT`) takes another
credential, a payment access token: a payment call carries its own `StoreAuth.payment`, for the
gateway's origin, which replaces the client's for that request (so the store's credentials never
go there).

Every check raises `InvalidArgumentError` naming the argument, never its value.
"""

from __future__ import annotations

import base64
import ipaddress
import re
from collections.abc import Mapping
from typing import ClassVar
from urllib.parse import SplitResult, urlsplit

from requests.auth import AuthBase, HTTPBasicAuth
from requests.models import PreparedRequest
from requests.utils import get_environ_proxies

from .exception import InvalidArgumentError

#: Characters a credential may not hold: controls (CR, LF, NUL...) and anything past ASCII.
_UNSAFE = re.compile(r"[^\x20-\x7e]")
#: A store hash is one path segment of letters, digits, `-` and `_`.
_STORE_HASH = re.compile(r"[A-Za-z0-9_-]+")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def check_credential(name: str, value: object) -> str | None:
    """`value` when it is a usable credential, None when absent (None); else an error that names
    `name` and never shows the value."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidArgumentError(f"{name} must be a string, not {type(value).__name__}")
    if not value:
        raise InvalidArgumentError(f"{name} is empty")
    if _UNSAFE.search(value):
        raise InvalidArgumentError(
            f"{name} holds a control character (CR, LF, NUL...) or a character past ASCII"
        )
    if value != value.strip():
        raise InvalidArgumentError(f"{name} starts or ends with whitespace")
    return value


def check_basic_auth(auth: object) -> tuple[str, str]:
    """A `(user, password)` pair (or a `requests.auth.HTTPBasicAuth`) of usable credentials."""
    if isinstance(auth, HTTPBasicAuth):
        auth = (auth.username, auth.password)
    if not isinstance(auth, (tuple, list)) or len(auth) != 2:
        raise InvalidArgumentError("basic_auth must be a (user, password) pair")
    user = check_credential("basic_auth user", auth[0])
    password = check_credential("basic_auth password", auth[1])
    if user is None or password is None:
        raise InvalidArgumentError("basic_auth needs both a user and a password")
    if ":" in user:
        raise InvalidArgumentError("basic_auth user must not contain ':'")
    return user, password


def check_store_hash(value: object) -> str:
    """A store hash that is one path segment; "" and None mean not known yet."""
    if value is None or value == "":
        return ""
    if not isinstance(value, str) or not _STORE_HASH.fullmatch(value):
        raise InvalidArgumentError("store_hash must be letters, digits, '-' and '_' only")
    return value


def base_url(host: str) -> str:
    """`https://host` for a bare host name; a host that carries a scheme is used as it is."""
    host = host.rstrip("/")
    return host if "://" in host else "https://" + host


def check_host(name: str, host: object, *, credentials: bool) -> str:
    """A host (`api.example.com`, `https://h:8443`, `http://127.0.0.1:8080`) that names an origin
    and nothing else: no user info, query or fragment; `http://` only to a loopback address when
    `credentials` are sent there."""
    if not isinstance(host, str) or not host.strip():
        raise InvalidArgumentError(f"{name} must be a host name or URL")
    if _UNSAFE.search(host):
        raise InvalidArgumentError(f"{name} holds a control character or a character past ASCII")
    try:
        parts = urlsplit(base_url(host))
        parts.port  # noqa: B018 (raises ValueError for a port that is not a number)
    except ValueError:
        raise InvalidArgumentError(f"{name} is not a valid URL (bad port or brackets)") from None
    if "@" in parts.netloc:
        raise InvalidArgumentError(f"{name} must not carry user info (user:password@)")
    if parts.query or parts.fragment or "?" in host or "#" in host:
        raise InvalidArgumentError(f"{name} must not carry a query or a fragment")
    if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
        raise InvalidArgumentError(f"{name} must be an http:// or https:// URL with a host")
    if credentials and parts.scheme == "http" and not is_loopback(parts.hostname):
        raise InvalidArgumentError(
            f"{name}: credentials are sent over https:// only (http:// is allowed to loopback "
            "addresses such as 127.0.0.1 and localhost)"
        )
    return host


def is_loopback(hostname: str) -> bool:
    if hostname.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(hostname.strip("[]")).is_loopback
    except ValueError:
        return False


def proxies_for(api_url: str) -> dict[str, str] | None:
    """The `proxies` argument for requests to `api_url`: None (the environment decides) unless
    the URL is plain `http://` (allowed to loopback addresses only) and the environment's proxy
    for it is not on this machine too; then no proxy, so cleartext credentials stay here."""
    if not api_url.startswith("http://"):
        return None
    proxies = get_environ_proxies(api_url)
    proxy = proxies.get("http") or proxies.get("all")
    if not proxy:
        return None
    host = urlsplit(proxy if "://" in proxy else "http://" + proxy).hostname
    return None if host and is_loopback(host) else {"no_proxy": "*"}


def origin(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of a URL, lower-cased, with the scheme's default port filled in."""
    parts: SplitResult = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    return scheme, (parts.hostname or "").lower(), port or _DEFAULT_PORTS.get(scheme, 0)


class StoreAuth(AuthBase):
    """Adds the store's credential headers to requests sent to its API origin, and to no other."""

    def __init__(self, api_url: str, headers: Mapping[str, str]) -> None:
        self.origin: tuple[str, str, int] = origin(api_url)
        self._headers = dict(headers)

    @classmethod
    def basic(cls, api_url: str, user: str, password: str) -> StoreAuth:
        token = base64.b64encode(f"{user}:{password}".encode("ascii")).decode("ascii")
        return cls(api_url, {"Authorization": "Basic " + token})

    @classmethod
    def payment(cls, payments_url: str, payment_access_token: object) -> StoreAuth:
        """The payments gateway's credential, `Authorization: PAT <token>`, for its origin only:
        the token comes from `api.payments.access_tokens.create(...)`."""
        token = check_credential("payment_access_token", payment_access_token)
        if token is None:
            raise InvalidArgumentError("payment_access_token is required")
        return cls(payments_url, {"Authorization": "PAT " + token})

    def __call__(self, r: PreparedRequest) -> PreparedRequest:
        if r.url is not None and origin(r.url) == self.origin:
            r.headers.update(self._headers)
        return r

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, StoreAuth)
            and other.origin == self.origin
            and other._headers == self._headers
        )

    __hash__: ClassVar[None] = None  # type: ignore[assignment]  # it defines __eq__

    def __repr__(self) -> str:
        scheme, host, port = self.origin
        names = ", ".join(sorted(self._headers))
        return f"<{type(self).__name__} {names} for {scheme}://{host}:{port}>"

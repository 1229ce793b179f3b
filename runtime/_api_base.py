"""What `BigcommerceApi` does besides reaching resources: choosing the connection, OAuth helpers."""

from __future__ import annotations

import copy
import os
from collections.abc import Mapping
from typing import Any

from typing_extensions import Self, Unpack

from . import signed_payload as signed_payload_checks
from ._credentials import base_url, check_host
from ._limiter import RateLimiter
from .connection import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
    Connection,
    OAuthConnection,
    Options,
    Timeout,
)
from .exception import InvalidArgumentError, NotLoggedInException


class ApiBase:
    """Holds the connection; the generated `BigcommerceApi` adds one attribute per resource.

    Basic auth: `BigcommerceApi(host='store.example.com', basic_auth=('user', 'token'))`.
    OAuth: `BigcommerceApi(client_id=..., store_hash=..., access_token=...)`, sent to
    `BC_API_ENDPOINT` (default `api.bigcommerce.com`), or to `host` when one is given. A host may
    carry a scheme and port (`http://127.0.0.1:8080`) to reach a local server; credentials go
    over `http://` only to a loopback address.

    Bounds on what a server may send: `max_response_bytes` (default 64 MiB, counted after
    decompression; None for no limit) and `deadline` (default 300 s per attempt, from sending to
    the answer's last byte; None for none), besides `timeout` (connect, read) and `max_retry_wait`.
    `headers` are added to every request (they cannot replace the credentials or the content
    type); every generated method also takes `extra_headers`, `extra_query` and `extra_body`.

    `strict=True` (also `with_options(strict=True)`) checks every argument against its type
    before anything is sent, naming the argument; by default a call sends what it is given and
    the server judges it (see the README's "What the client checks").
    """

    def __init__(
        self,
        host: str | None = None,
        basic_auth: tuple[str, str] | None = None,
        client_id: str | None = None,
        store_hash: str | None = None,
        access_token: str | None = None,
        rate_limiting_management: Mapping[str, Any] | None = None,
        *,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        max_retry_wait: float = 60.0,
        rate_limiter: RateLimiter | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = DEFAULT_DEADLINE,
        headers: Mapping[str, str] | None = None,
        strict: bool = False,
    ) -> None:
        self.api_service: str = os.getenv("BC_API_ENDPOINT", "api.bigcommerce.com")
        self.auth_service: str = os.getenv("BC_AUTH_SERVICE", "login.bigcommerce.com")
        options: dict[str, Any] = {
            "timeout": timeout,
            "max_retries": max_retries,
            "max_retry_wait": max_retry_wait,
            "rate_limiting_management": rate_limiting_management,
            "rate_limiter": rate_limiter,
            "max_response_bytes": max_response_bytes,
            "deadline": deadline,
            "headers": headers,
            "strict": strict,
        }
        self.connection: Connection
        if host is not None and basic_auth is not None:
            self.connection = Connection(host, basic_auth, **options)
        elif client_id and store_hash:
            self.connection = OAuthConnection(
                client_id, store_hash, access_token, host or self.api_service, **options
            )
        else:
            raise InvalidArgumentError(
                "Must provide either (client_id and store_hash) or (host and basic_auth)"
            )

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.connection!r}>"

    def with_options(self, **options: Unpack[Options]) -> Self:
        """The same client (same session, credentials and rate-limit state) with other settings
        for the calls made through it (`timeout`, `max_retries`, `max_retry_wait`,
        `max_response_bytes`, `deadline`, `strict`, `headers`: added to those already set)."""
        clone = copy.copy(self)
        clone.__dict__ = {  # without the resources already made, which hold the old connection
            "api_service": self.api_service,
            "auth_service": self.auth_service,
            "connection": self.connection.with_options(**options),
        }
        return clone

    def oauth_fetch_token(
        self, client_secret: str, code: str, context: str, scope: str, redirect_uri: str
    ) -> Any:
        """Exchange an install callback's `code` for a token; the client then uses it."""
        if not isinstance(self.connection, OAuthConnection):
            raise NotLoggedInException("oauth_fetch_token needs a client built with client_id")
        check_host("BC_AUTH_SERVICE", self.auth_service, credentials=True)
        token_url = base_url(self.auth_service) + "/oauth2/token"
        return self.connection.fetch_token(
            client_secret, code, context, scope, redirect_uri, token_url
        )

    @classmethod
    def oauth_verify_payload(cls, signed_payload: str, client_secret: str) -> dict[str, Any] | bool:
        """The user data of a callback's `signed_payload`, or False when it is not signed with
        `client_secret` (compared in constant time). A missing or empty `client_secret` raises
        `InvalidArgumentError` (a `ValueError`): an empty key would accept anything."""
        return signed_payload_checks.verify(signed_payload, client_secret)

    @classmethod
    def oauth_verify_payload_jwt(
        cls,
        signed_payload: str,
        client_secret: str,
        client_id: str,
        *,
        leeway: float = signed_payload_checks.DEFAULT_LEEWAY,
    ) -> dict[str, Any]:
        """The claims of a `signed_payload_jwt`: HS256 signed with `client_secret`, audience
        `client_id`, not expired, allowing `leeway` seconds of clock difference (at most 300).
        Raises `jwt.InvalidTokenError` for anything else, an empty `client_secret` included."""
        return signed_payload_checks.verify_jwt(
            signed_payload, client_secret, client_id, leeway=leeway
        )

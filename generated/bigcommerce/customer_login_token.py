# Copied from runtime/customer_login_token.py by codegen (`make generate`); do not edit.
"""Customer login tokens: log a customer in to the storefront (`/login/token/<jwt>`)."""

from __future__ import annotations

import os
import time
import uuid
from typing import Any

from .exception import NotLoggedInException


def create(
    client: Any,
    customer_id: int,
    redirect_url: str | None = None,
    request_ip: str | None = None,
    iat_time: int | None = None,
    channel_id: int = 1,
    client_secret: str | None = None,
) -> str:
    """An HS256 JWT signed with the app's client secret (`client_secret` or `APP_CLIENT_SECRET`)."""
    import jwt  # only the OAuth helpers need pyjwt

    connection = client.connection
    client_id = getattr(connection, "client_id", None)
    store_hash = getattr(connection, "store_hash", None)
    if not client_id or not store_hash:
        raise NotLoggedInException(
            "customer login tokens need a client built with OAuth credentials"
        )
    secret = client_secret or os.getenv("APP_CLIENT_SECRET")
    if not secret:
        raise NotLoggedInException("pass client_secret= or set APP_CLIENT_SECRET")
    claims: dict[str, Any] = {
        "iss": client_id,
        "iat": int(time.time()) if iat_time is None else iat_time,
        "jti": uuid.uuid4().hex,
        "operation": "customer_login",
        "store_hash": store_hash,
        "customer_id": customer_id,
        "channel_id": channel_id,
    }
    if redirect_url is not None:
        claims["redirect_to"] = redirect_url
    if request_ip is not None:
        claims["request_ip"] = request_ip
    return jwt.encode(claims, secret, algorithm="HS256")


def create_url(
    client: Any,
    customer_id: int,
    redirect_url: str | None = None,
    request_ip: str | None = None,
    iat_time: int | None = None,
    channel_id: int = 1,
    client_secret: str | None = None,
) -> str:
    """The storefront URL that logs the customer in (the store's `secure_url` + the token)."""
    store_url = str(client.Store.all().secure_url).rstrip("/")
    token = create(
        client, customer_id, redirect_url, request_ip, iat_time, channel_id, client_secret
    )
    return f"{store_url}/login/token/{token}"

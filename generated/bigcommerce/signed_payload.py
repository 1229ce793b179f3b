# Copied from runtime/signed_payload.py by codegen (`make generate`); do not edit.
"""Checking what BigCommerce signs for an app: the `signed_payload` of its load, uninstall and
remove-user callbacks (`<base64 JSON>.<base64 hex HMAC-SHA256>`) and the `signed_payload_jwt`
(an HS256 JWT). Both are signed with the app's client secret.

Everything about a payload is untrusted: whatever its type, size or content, a payload that
does not check out is `False` (`verify`) or `jwt.InvalidTokenError` (`verify_jwt`), never
another exception. A missing or empty client secret is refused outright: with an empty key
anyone can sign a payload, so an app whose secret is unset would accept anything.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
from typing import Any

from .exception import InvalidArgumentError

__all__ = ["DEFAULT_LEEWAY", "MAX_LEEWAY", "MAX_PAYLOAD_LENGTH", "verify", "verify_jwt"]

#: The longest payload looked at, in characters; real ones are well under 4 KB.
MAX_PAYLOAD_LENGTH = 64 * 1024
#: Seconds by which a JWT's `exp`, `nbf` and `iat` may be off: clocks are never quite in step.
DEFAULT_LEEWAY = 10.0
#: The most leeway allowed, in seconds: more would let expired tokens through for too long.
MAX_LEEWAY = 300.0


def verify(signed_payload: str, client_secret: str) -> dict[str, Any] | bool:
    """The user data of a `signed_payload`, or False when it is not one signed with
    `client_secret`. The HMAC is compared in constant time.

    Raises `InvalidArgumentError` (a `ValueError`) when `client_secret` is missing, empty or
    not a str."""
    key = _secret(client_secret, InvalidArgumentError)
    if not _plausible(signed_payload):
        return False
    parts = signed_payload.split(".")
    if len(parts) != 2:
        return False
    try:
        data = base64.b64decode(parts[0], validate=True)
        signature = base64.b64decode(parts[1], validate=True)
    except ValueError:
        return False
    expected = hmac.new(key, data, hashlib.sha256).hexdigest().encode()
    if not hmac.compare_digest(signature, expected):
        return False
    try:
        payload = json.loads(data)
    except (ValueError, RecursionError):  # not UTF-8, not JSON, or nested too deep
        return False
    return payload if isinstance(payload, dict) else False


def verify_jwt(
    signed_payload: str, client_secret: str, client_id: str, *, leeway: float = DEFAULT_LEEWAY
) -> dict[str, Any]:
    """The claims of a `signed_payload_jwt`, checked: signed HS256 with `client_secret`, for
    audience `client_id`, not expired; `exp`, `nbf` and `iat` are allowed `leeway` seconds
    (at most `MAX_LEEWAY`) of clock difference.

    Raises `jwt.InvalidTokenError` (or a subclass) for anything else, a missing or empty
    `client_secret` or `client_id` included; `InvalidArgumentError` for a bad `leeway`."""
    import jwt  # only the OAuth helpers need pyjwt

    seconds = _leeway(leeway)
    key = _secret(client_secret, jwt.InvalidTokenError)
    if not isinstance(client_id, str) or not client_id.strip():
        raise jwt.InvalidTokenError("the audience (client_id) must be a non-empty str")
    if not _plausible(signed_payload):
        raise jwt.InvalidTokenError("not a JWT: expected a short ASCII str")
    try:
        claims: dict[str, Any] = jwt.decode(
            signed_payload,
            key,
            algorithms=["HS256"],
            audience=client_id,
            leeway=seconds,
            options={"require": ["exp", "aud"], "verify_iss": False},
        )
    except jwt.InvalidTokenError:
        raise
    except (jwt.PyJWTError, ValueError, TypeError, RecursionError, OverflowError) as exc:
        raise jwt.InvalidTokenError(f"not a valid JWT ({type(exc).__name__})") from exc
    return claims


def _secret(client_secret: object, error: type[Exception]) -> bytes:
    """The key to check signatures with; `error` (whose message never shows the secret) when
    there is none."""
    if not isinstance(client_secret, str):
        raise error(f"client_secret must be a str, not {type(client_secret).__name__}")
    if not client_secret.strip():
        raise error("client_secret is empty: a payload signed with an empty key proves nothing")
    try:
        return client_secret.encode()
    except UnicodeEncodeError:
        raise error("client_secret is not valid text (it cannot be encoded as UTF-8)") from None


def _plausible(signed_payload: object) -> bool:
    """Worth decoding: an ASCII str of reasonable length."""
    return (
        isinstance(signed_payload, str)
        and 0 < len(signed_payload) <= MAX_PAYLOAD_LENGTH
        and signed_payload.isascii()
    )


def _leeway(leeway: object) -> float:
    if isinstance(leeway, bool) or not isinstance(leeway, (int, float)):
        raise InvalidArgumentError(f"leeway must be a number of seconds, not {leeway!r}")
    if not (math.isfinite(leeway) and 0 <= leeway <= MAX_LEEWAY):
        raise InvalidArgumentError(f"leeway must be between 0 and {MAX_LEEWAY:g} seconds")
    return float(leeway)

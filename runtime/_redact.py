"""Which names hold secrets, and text that shows a value without them.

One rule for model reprs and log lines: a field, key or header whose name (case, `_`, `-` and
other separators ignored) contains a password, token, secret, API key, authorization, credential,
signature, cookie or card-data word holds a secret, and its value is shown as `MASK`, unless the
name only describes one (`token_type`, `force_password_reset`, `cvv_result`, `token_expires_at`,
the `decimal_token` of a currency format). Only text is redacted: `model_dump()` and item access
return the data as it is.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

#: What a secret's value is shown as.
MASK = "***"

# Matched against the name lowercased with everything but letters and digits removed, so
# `X-Auth-Token`, `accessToken` and `access_token` read alike.
_SECRET_WORDS = re.compile(
    r"passw|passphrase|secret|token|apikey|authorization|credential|signature|signedpayload"
    r"|privatekey|cookie|cvv|cvc|cardnumber|creditcard|cardcode|securitycode"
)
_DESCRIBES_ONE = re.compile(
    r"(type|reset|result|location|length|enabled|required|expires|expiresat|expiry)$"
    r"|^(dimension)?(decimal|thousands)token$"
)
_SEPARATORS = re.compile(r"[^a-z0-9]")


def is_secret(name: object) -> bool:
    """True for a field, key or header name whose value must not appear in text."""
    if not isinstance(name, str):
        return False
    compact = _SEPARATORS.sub("", name.lower())
    return bool(_SECRET_WORDS.search(compact)) and not _DESCRIBES_ONE.search(compact)


def redacted(value: Any) -> Any:
    """`value` for display: in dicts (nested ones, and those in lists and tuples) the values of
    secret keys become `MASK`. Models redact themselves in their repr; other values are kept."""
    if isinstance(value, dict):
        return {k: MASK if is_secret(k) else redacted(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redacted(v) for v in value]
    if isinstance(value, tuple):
        return tuple(redacted(v) for v in value)
    return value


# A `"name": "value"` (or a number, true...) pair in JSON text, complete or cut short.
_PAIR = re.compile(r'"((?:[^"\\]|\\.){1,100})"(\s*:\s*)("(?:[^"\\]|\\.)*"?|[^\s,{}\[\]"]+)')


def excerpt(content: bytes, limit: int = 500) -> str:
    """At most `limit` characters of a body for an error message, with the values of secret keys
    (`"token": "..."`) shown as `MASK`, even in a body that is not JSON or is cut short."""
    text = content[: limit * 4].decode("utf-8", "replace")[:limit]
    shown = _PAIR.sub(
        lambda m: f'"{m[1]}"{m[2]}"{MASK}"' if is_secret(m[1]) else m[0],
        text,
    )
    return shown + "..." if len(content) > len(text.encode("utf-8", "replace")) else shown


def describe_errors(exc: ValidationError, limit: int = 5) -> str:
    """A pydantic error without the input values: where each problem is and its kind, e.g.
    `2 errors: id: int_parsing; addresses.0.zip: string_type`."""
    errors = exc.errors(include_url=False, include_context=False, include_input=False)
    parts = [f"{'.'.join(str(p) for p in e['loc']) or '(root)'}: {e['type']}" for e in errors]
    more = f"; and {len(parts) - limit} more" if len(parts) > limit else ""
    plural = "" if len(parts) == 1 else "s"
    return f"{len(parts)} error{plural}: " + "; ".join(parts[:limit]) + more

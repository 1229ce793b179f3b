"""Which names hold secrets, and text that shows a value without them.

One rule for model reprs and log lines: a field, key or header whose name (case, `_`, `-` and
other separators ignored) contains a password, token, secret, API key, authorization, credential,
signature, cookie or card-data word holds a secret, and its value is shown as `MASK`, unless the
name only describes one (`token_type`, `force_password_reset`, `cvv_result`, `token_expires_at`,
the `decimal_token` of a currency format). Only text is redacted: `model_dump()` and item access
return the data as it is.
"""

from __future__ import annotations

import json
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


#: The largest body decoded as JSON to be shown redacted; a larger one is shown as text.
_DECODE_LIMIT = 1024 * 1024

# In text that is not whole JSON: a quoted key followed by `:` or `=` (`"token": `, `'token'=`),
# a form pair (`token=v`), or a header line (`Authorization: Bearer v`).
_QUOTED_KEY = re.compile(r"""(["'])((?:(?!\1)[^\\]|\\.){1,500})\1\s*[:=]\s*""")
_FORM_PAIR = re.compile(r"(?<![A-Za-z0-9_.\[\]-])([A-Za-z0-9_.\[\]-]{1,200})=([^&\s<>\"']*)")
_HEADER_LINE = re.compile(r"(?m)^([A-Za-z0-9_-]{1,200})(:[ \t]*)(.*)$")
_CLOSING = {"[": "]", "{": "}"}
_BARE_END = re.compile(r"[\s,&}\]]")


def excerpt(content: bytes, limit: int = 500) -> str:
    """At most `limit` characters of a body for an error message, with the values of secret keys
    shown as `MASK`: by structure when the body is JSON, else wherever a secret key is followed by
    a value (`"token": ...`, `token=...`, `Authorization: ...`), in a body cut short too."""
    text: str | None = None
    if content[:1] in (b"{", b"[") and len(content) <= _DECODE_LIMIT:
        try:
            text = json.dumps(redacted(json.loads(content)), ensure_ascii=False)
        except (ValueError, RecursionError):
            text = None
    if text is None:
        text = content[: limit * 4].decode("utf-8", "replace")
    shown = _mask_pairs(text[:limit]).encode("utf-8", "replace").decode("utf-8")
    cut = len(text) > limit or (len(content) > limit * 4)
    return shown + "..." if cut else shown


def _mask_pairs(text: str) -> str:
    shown: list[str] = []
    done = 0
    for key in _QUOTED_KEY.finditer(text):
        if key.start() < done or not _secret_key(key[2]):
            continue
        shown += [text[done : key.end()], f'"{MASK}"']
        done = _value_end(text, key.end())
    text = "".join(shown) + text[done:]
    text = _FORM_PAIR.sub(lambda m: f"{m[1]}={MASK}" if is_secret(m[1]) else m[0], text)
    return _HEADER_LINE.sub(lambda m: f"{m[1]}{m[2]}{MASK}" if is_secret(m[1]) else m[0], text)


def _value_end(text: str, start: int) -> int:
    """Where the value starting at `start` ends: a quoted string, a bracketed list or object
    (nesting counted, strings inside skipped), or a bare word; the end of `text` if cut short."""
    opening = text[start : start + 1]
    if opening in ('"', "'"):
        at = start + 1
        while at < len(text) and text[at] != opening:
            at += 2 if text[at] == "\\" else 1
        return min(at + 1, len(text))
    if opening in _CLOSING:
        depth, at, quote = 0, start, ""
        while at < len(text):
            char = text[at]
            if quote:
                if char == "\\":
                    at += 1
                elif char == quote:
                    quote = ""
            elif char in "\"'":
                quote = char
            elif char in _CLOSING:
                depth += 1
            elif char in "]}":
                depth -= 1
                if depth == 0:
                    return at + 1
            at += 1
        return len(text)
    found = _BARE_END.search(text, start)
    return found.start() if found else len(text)


def _secret_key(quoted: str) -> bool:
    """`is_secret` of a key as written inside quotes, its JSON escapes (`\u0074oken`) read."""
    if "\\" in quoted:
        try:
            quoted = json.loads(f'"{quoted}"')
        except ValueError:
            return True  # an escape that does not read: hide the value rather than guess
    return is_secret(quoted)


def describe_errors(exc: ValidationError, limit: int = 5) -> str:
    """A pydantic error without the input values: where each problem is and its kind, e.g.
    `2 errors: id: int_parsing; addresses.0.zip: string_type`."""
    errors = exc.errors(include_url=False, include_context=False, include_input=False)
    parts = [f"{'.'.join(str(p) for p in e['loc']) or '(root)'}: {e['type']}" for e in errors]
    more = f"; and {len(parts) - limit} more" if len(parts) > limit else ""
    plural = "" if len(parts) == 1 else "s"
    return f"{len(parts)} error{plural}: " + "; ".join(parts[:limit]) + more

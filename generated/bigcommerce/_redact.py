# Copied from runtime/_redact.py by codegen (`make generate`); do not edit.
"""Which names hold secrets, and text that shows a value without them.

One rule for model reprs, log lines and error texts: a field, key or header whose name (case, `_`,
`-` and other separators ignored) contains a password, token, secret, API key, authorization,
credential, signature, cookie or card-data word (`cvv`, `cvc`, `card_number`, `verification_value`,
...) holds a secret, and its value is shown as `MASK`, unless the name only describes one
(`token_type`, `force_password_reset`, `cvv_result`, `verification_value_required`, the
`decimal_token` of a currency format).

Card numbers go by names that are ordinary elsewhere (`number`, `pan`, `account_number`), so those
are secrets only inside an object that holds a payment card (`holds_card`): one whose `type` names
a card (`card`, `stored_card`, ...), that has a field only a card has (`expiry_month`,
`cardholder_name`, `verification_value`, ...), or that is the value of a key naming one
(`instrument`, `card`, `payment_method`, ...). An order's `number`, an address's `street_number`
or a product's `sku` stay shown.

Error texts (`excerpt`) also hide, wherever it stands, any run of 13 to 19 digits (single spaces or
dashes allowed between groups of 3 or more) that starts with 2 to 6 and passes the Luhn check:
a card number in a body that is not JSON, is too large to decode, or is cut short, whatever its
key. About one such run in ten that is not a card number (a barcode, say) is hidden too; the
exception keeps the body itself (`exc.body`, `exc.content`).

Only text is redacted: `model_dump()`, item access and an error's body return the data as it is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

#: What a secret's value is shown as.
MASK = "***"

# Matched against the name lowercased with everything but letters and digits removed, so
# `X-Auth-Token`, `accessToken` and `access_token` read alike.
_SECRET_WORDS = re.compile(
    r"passw|passphrase|secret|token|apikey|authorization|credential|signature|signedpayload"
    r"|privatekey|cookie|cvv|cvc|cardnumber|creditcard|cardcode|securitycode|verificationvalue"
)
_DESCRIBES_ONE = re.compile(
    r"(type|reset|result|location|length|enabled|required|expires|expiresat|expiry)$"
    r"|^(dimension)?(decimal|thousands)token$"
)
_SEPARATORS = re.compile(r"[^a-z0-9]")

# Card data (names compacted as above). The names of a card's number, secret inside a card only;
# the fields only a card has; the `type` of a card (`card`, `stored_card`, `credit_card`); the keys
# whose object (or list of objects) is a card or payment instrument.
_CARD_NUMBER = frozenset({"number", "pan", "primaryaccountnumber", "accountnumber"})
_CARD_ONLY = frozenset(
    {"cardholdername", "expirymonth", "expiryyear", "expirationmonth", "expirationyear"}
    | {"cardexpirymonth", "cardexpiryyear", "expmonth", "expyear", "verificationvalue"}
    | {"cvv", "cvc", "cvv2", "cvc2"}
)
_CARD_TYPE = re.compile(r"card$")
_CARD_KEY = re.compile(r"^((payment|stored|credit|debit)?(instrument|card)|paymentmethod)s?$")


def _compact(name: str) -> str:
    return _SEPARATORS.sub("", name.lower())


def holds_card(fields: Mapping[Any, Any], key: object = None) -> bool:
    """True for an object (its fields by name) that holds a payment card: its `type` names a
    card, it has a field only a card has, or it is the value of the key `key` naming one."""
    if isinstance(key, str) and _CARD_KEY.search(_compact(key)):
        return True
    kind = fields.get("type")
    if isinstance(kind, str) and _CARD_TYPE.search(_compact(kind)):
        return True
    return any(isinstance(name, str) and _compact(name) in _CARD_ONLY for name in fields)


def is_secret(name: object, card: bool = False) -> bool:
    """True for a field, key or header name whose value must not appear in text; `card`: the
    name is in an object that holds a payment card (`holds_card`), where its number is secret."""
    if not isinstance(name, str):
        return False
    compact = _compact(name)
    if card and compact in _CARD_NUMBER:
        return True
    return bool(_SECRET_WORDS.search(compact)) and not _DESCRIBES_ONE.search(compact)


def redacted(value: Any, key: object = None) -> Any:
    """`value` (of the key `key`, if any) for display: in dicts (nested ones, and those in lists
    and tuples) the values of secret keys become `MASK`, card numbers in cards included. Models
    redact themselves in their repr; other values are kept."""
    if isinstance(value, dict):
        card = holds_card(value, key)
        return {k: MASK if is_secret(k, card) else redacted(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [redacted(v, key) for v in value]
    if isinstance(value, tuple):
        return tuple(redacted(v, key) for v in value)
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
    text = _mask_card_numbers(text)  # before the cut: a number cut in two would not be seen
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


# A run of digit groups (3 or more digits each, single spaces or dashes between), not part of a
# longer number or a decimal fraction.
_DIGIT_RUN = re.compile(r"(?<![0-9.])[0-9]{3,}(?:[ -][0-9]{3,})*(?![0-9]|\.[0-9])")
_DIGIT_GROUP = re.compile(r"[0-9]+")


def _mask_card_numbers(text: str) -> str:
    """`text` with every card number in it (see the module's docstring) shown as `MASK`."""
    return _DIGIT_RUN.sub(_mask_run, text)


def _mask_run(run: re.Match[str]) -> str:
    """The run with each card number in it (consecutive whole groups) shown as `MASK`."""
    groups = list(_DIGIT_GROUP.finditer(run[0]))
    shown: list[str] = []
    done = first = 0
    while first < len(groups):
        last = _card_end(groups, first)
        if last is None:
            first += 1
            continue
        shown += [run[0][done : groups[first].start()], MASK]
        done = groups[last].end()
        first = last + 1
    return "".join(shown) + run[0][done:]


def _card_end(groups: list[re.Match[str]], first: int) -> int | None:
    """The last group of the longest card number starting at group `first`, or None."""
    found = None
    digits = ""
    for last in range(first, len(groups)):
        digits += groups[last][0]
        if len(digits) > 19:
            break
        if len(digits) >= 13 and digits[0] in "23456" and _luhn(digits):
            found = last
    return found


def _luhn(digits: str) -> bool:
    """The Luhn check every payment card number passes."""
    total = 0
    for at, char in enumerate(reversed(digits)):
        n = int(char) * (2 if at % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


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

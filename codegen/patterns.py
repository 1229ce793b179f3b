"""What a name or value from an OpenAPI document or a spec file may look like before it reaches
generated code: one pattern per kind of string, used by the spec schema (`spec_schema`) and the
OpenAPI importer (`openapi/`) alike.

The patterns accept every string of BigCommerce's documents (`get-pickup`, `{checkoutId}`,
`/catalog/products/{product_id}/variants`, `id:in`, `date modified`) and nothing that could end a
string literal or open an expression in one: no quotes, backslashes, line breaks or other control
characters, and braces only around a path parameter's name. Generated code escapes every literal as
well (`literals.py`); the patterns make a hostile document fail early, with its file and key.
"""

from __future__ import annotations

import keyword
import math
import re

_PARAM_NAME = r"[A-Za-z_][A-Za-z0-9_-]*"
_SEGMENT = rf"(?:[A-Za-z0-9_.-]|\{{{_PARAM_NAME}\}})+"

#: A path relative to a version root, as spec files hold it: `catalog/products/{product_id}`.
SPEC_PATH = re.compile(rf"(?:{_SEGMENT}(?:/{_SEGMENT})*)?")
#: A path as an OpenAPI document holds it: `/catalog/products/{productId}/variants`.
API_PATH = re.compile(rf"/(?:{_SEGMENT}(?:/{_SEGMENT})*/?)?")
#: A path parameter's name: `product_id`, `checkoutId`, `template-name`.
PATH_PARAM = re.compile(_PARAM_NAME)
#: An operationId: `getProducts`, `get-pickup`.
OPERATION_ID = re.compile(r"(?:[A-Za-z0-9_][A-Za-z0-9_.-]*)?")
#: A query parameter's or a model field's wire name: `id:in`, `date_created:max`, `custom_url`
#: (or "": a document may name a property so; it becomes the attribute `field_`).
#: A header parameter's name: an HTTP token made of letters, digits and dashes (`Sf-Api-Token`).
HEADER_NAME = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
#: A query or body name as sent (`id:in`).
WIRE_NAME = re.compile(r"(?:[A-Za-z0-9_][A-Za-z0-9_.:~/-]*)?")
#: A text enum value: printable ASCII without quotes, backslashes, backticks or braces.
ENUM_TEXT = re.compile(r"[ !#-&(-\[\]-_a-z|~]*")
#: A model or resource class name: `Product`, `ProductFull`, `Redirect301Read`.
CLASS_NAME = re.compile(r"[A-Z][A-Za-z0-9_]*")
#: A method or attribute name of the typed client: `all`, `get_pickup`, `payment_actions`.
ATTRIBUTE = re.compile(r"[a-z][a-z0-9_]*")
#: A node: the attribute chain from the client, `catalog.products.images`.
NODE = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*")
#: An HTTP method.
HTTP_METHOD = re.compile(r"[A-Z]+")
#: A file's path relative to its folder (it is printed in comments of generated files).
FILE_NAME = re.compile(r"[\w .+@-]+(?:/[\w .+@-]+)*")
#: A short text the importer writes itself (why an operation is left out).
NOTE = re.compile(r"[A-Za-z0-9 _.,:;()/{}+-]*")
#: An operation in spec/overrides.yaml: `GET /v3/catalog/products/{product_id}`.
OVERRIDE_KEY = re.compile(rf"(?:GET|POST|PUT|DELETE|PATCH) /v[23]/{SPEC_PATH.pattern}")

_DESCRIPTIONS = {
    SPEC_PATH: "a path of segments (letters, digits, _ . -) and {parameter} names",
    API_PATH: "a path of /segments (letters, digits, _ . -) and {parameter} names",
    PATH_PARAM: "a parameter name (letters, digits, _ -)",
    OPERATION_ID: "an operationId (letters, digits, _ . -)",
    WIRE_NAME: "a name of letters, digits and _ . : ~ / -",
    ENUM_TEXT: "an enum value of printable ASCII without quotes, backslashes or braces",
    CLASS_NAME: "a valid class name (letters, digits, _; capitalised)",
    ATTRIBUTE: "a lowercase attribute name (a-z, 0-9, _; a letter first)",
    NODE: "lowercase attribute names (a letter first) joined by dots",
    HTTP_METHOD: "an HTTP method",
    HEADER_NAME: "a header name of letters, digits and dashes",
    FILE_NAME: "a file name of letters, digits and _ . + @ - and spaces",
    NOTE: "a short note of letters, digits and simple punctuation",
    OVERRIDE_KEY: "a method and a path from the version root (GET /v3/catalog/products)",
}


def problem(pattern: re.Pattern[str], value: object) -> str | None:
    """Why `value` does not fit `pattern` (None when it does)."""
    if not isinstance(value, str):
        return f"{shown(value)} is not a string"
    if pattern.fullmatch(value) is None:
        return f"{shown(value)} is not {_DESCRIPTIONS[pattern]}"
    if pattern in (SPEC_PATH, API_PATH) and any(s in (".", "..") for s in value.split("/")):
        return f"{shown(value)} has a `.` or `..` segment"
    if pattern in (ATTRIBUTE, NODE) and any(keyword.iskeyword(p) for p in value.split(".")):
        return f"{shown(value)} is a Python keyword"
    return None


def enum_problem(value: object) -> str | None:
    """Why `value` cannot be an enum value (None when it can)."""
    if isinstance(value, str):
        return problem(ENUM_TEXT, value)
    if isinstance(value, float) and not math.isfinite(value):
        return f"{shown(value)} is not a finite number"
    if isinstance(value, bool | int | float):
        return None
    return f"{shown(value)} is not a string, number or boolean"


#: The largest number a limit or a default may hold (a larger one is no documented limit).
LARGEST = 10**15
#: The longest text default, and the most items of a list default.
DEFAULT_TEXT_LENGTH = 40
DEFAULT_ITEMS = 5


def number_problem(value: object, *, count: bool = False) -> str | None:
    """Why `value` cannot be a limit (None when it can): a finite number no larger than
    `LARGEST`; a `count` (a length, a number of items) is a non-negative integer."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"{shown(value)} is not a number"
    if count and (not isinstance(value, int) or value < 0):
        return f"{shown(value)} is not a non-negative integer"
    if not math.isfinite(value) or abs(value) > LARGEST:
        return f"{shown(value)} is not a finite number of at most {LARGEST}"
    return None


def default_problem(value: object) -> str | None:
    """Why `value` cannot be a documented default (None when it can): a boolean, a number
    within limits, a short enum-like text, or a list of at most `DEFAULT_ITEMS` of those."""
    if isinstance(value, list | tuple):
        if len(value) > DEFAULT_ITEMS:
            return f"{shown(value)} has more than {DEFAULT_ITEMS} items"
        return next((p for p in map(_scalar_default_problem, value) if p is not None), None)
    return _scalar_default_problem(value)


def _scalar_default_problem(value: object) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        if len(value) > DEFAULT_TEXT_LENGTH:
            return f"{shown(value)} is longer than {DEFAULT_TEXT_LENGTH} characters"
        return problem(ENUM_TEXT, value)
    return number_problem(value)


def shown(value: object, limit: int = 80) -> str:
    """`value` for an error message: repr'd (no raw line breaks), and cut short."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."

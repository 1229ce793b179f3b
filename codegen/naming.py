"""The one place names are made: valid, non-reserved Python identifiers and module names."""

from __future__ import annotations

import hashlib
import keyword
import re
from functools import cache

#: Attributes of pydantic's BaseModel (and of our ApiModel) that a field must not shadow.
MODEL_RESERVED = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "fields",
        "from_orm",
        "get",
        "json",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
    }
)


def snake(name: str) -> str:
    """`ProductCustomFields` -> `product_custom_fields`; `blog/posts` -> `blog_posts`."""
    name = re.sub(r"[^0-9A-Za-z]+", "_", name)
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    name = re.sub(r"(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    return name.strip("_").lower()


def identifier(name: str, reserved: frozenset[str] = frozenset()) -> str:
    """A valid public attribute name for `name`: invalid characters become `_`, leading `_` go,
    a leading digit gets `field_`, and keywords, reserved names and `model_*` get a trailing `_`."""
    ident = re.sub(r"\W", "_", name, flags=re.ASCII).lstrip("_")  # `_x` would be private
    if not ident or ident[0].isdigit():
        ident = "field_" + ident
    if keyword.iskeyword(ident) or ident in reserved or ident.startswith("model_"):
        ident += "_"
    return ident


def is_plain_key(name: str) -> bool:
    """True when `name` can be a TypedDict key in class syntax (a non-keyword identifier)."""
    return name.isidentifier() and not keyword.iskeyword(name)


def class_name(name: str) -> str:
    """A model or resource name from a spec, checked to be a usable class name."""
    if not (is_plain_key(name) and name[0].isupper()):
        raise ValueError(f"{name!r} is not a valid class name (letters, digits, _; capitalised)")
    return name


@cache
def model_module(name: str) -> str:
    """The module of a model: its snake_case name, shortened (with a digest) when very long."""
    module = snake(name)
    if len(module) <= 60:
        return module
    return f"{module[:50].rstrip('_')}_{hashlib.sha1(name.encode()).hexdigest()[:8]}"

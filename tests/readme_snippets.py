"""The Python snippets of README.md, read for `test_readme.py`, and how they are run.

A snippet is a ```python fence. The line right above its opening fence may carry a marker that
says how the test treats it:

    <!-- readme-test: skip (why it cannot run against the fake store) -->
    <!-- readme-test: xfail (why it fails today; the test passes once it stops failing) -->
    <!-- readme-test: raises InvalidArgumentError -->

`raises` names an exception of `bigcommerce.exception` (or a builtin one) that the snippet shows
on purpose. A marker anywhere else, or of another kind, is an error of the README.

The README's placeholders are mapped to the fake store in one place, `Placeholders` below:
arguments to `BigcommerceApi`, the names a snippet takes from the text around it (`api`,
`job_id`, ...), the objects whose ids it names, and the files it opens.
"""

from __future__ import annotations

import builtins
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import bigcommerce
from bigcommerce import exception
from bigcommerce.testing import FakeStore

__all__ = [
    "MarkerError",
    "Placeholders",
    "Snippet",
    "exception_named",
    "read_snippets",
]

_FENCE_OPEN = re.compile(r"^(\s*)```python\s*$")
_FENCE_CLOSE = re.compile(r"^\s*```\s*$")
_MARKER = re.compile(r"^\s*<!--\s*readme-test:(.*?)-->\s*$")
_MARKER_BODY = re.compile(r"^\s*(skip|xfail)\s+\((.+)\)\s*$|^\s*(raises)\s+([A-Za-z_]\w*)\s*$")
_DANGLING = "README line {}: a readme-test marker must sit right above a ```python fence"


class MarkerError(ValueError):
    """A `readme-test` marker that is malformed or not right above a python fence."""


@dataclass(frozen=True)
class Snippet:
    """One ```python fence: where its code starts (1-based line of the README), the code, and
    its marker (`kind` is "run", "skip", "xfail" or "raises"; `detail` the reason or the
    exception's name)."""

    line: int
    code: str
    kind: str = "run"
    detail: str = ""

    @property
    def test_id(self) -> str:
        first = next((ln.strip() for ln in self.code.splitlines() if ln.strip()), "")
        return f"line {self.line}: {first[:50]}"


def read_snippets(text: str) -> list[Snippet]:
    """Every python fence of `text`, in order. Raises `MarkerError` for a marker that does not
    parse or does not sit right above a python fence, and for a fence left open."""
    lines = text.splitlines()
    snippets: list[Snippet] = []
    marker: tuple[int, str, str] | None = None  # (line, kind, detail) waiting for its fence
    i = 0
    while i < len(lines):
        number = i + 1
        found = _MARKER.match(lines[i])
        opening = _FENCE_OPEN.match(lines[i])
        if marker is not None and not opening:
            raise MarkerError(_DANGLING.format(marker[0]))
        if found:
            marker = (number, *_parse_marker(number, found.group(1)))
            i += 1
            continue
        if opening:
            end = i + 1
            while end < len(lines) and not _FENCE_CLOSE.match(lines[end]):
                end += 1
            if end == len(lines):
                raise MarkerError(f"README line {number}: the ```python fence is never closed")
            code = textwrap.dedent("\n".join(lines[i + 1 : end])) + "\n"
            kind, detail = (marker[1], marker[2]) if marker else ("run", "")
            snippets.append(Snippet(number + 1, code, kind, detail))
            marker = None
            i = end + 1
            continue
        i += 1
    if marker is not None:
        raise MarkerError(_DANGLING.format(marker[0]))
    return snippets


def _parse_marker(number: int, body: str) -> tuple[str, str]:
    match = _MARKER_BODY.match(body)
    if match is None:
        raise MarkerError(
            f"README line {number}: a readme-test marker is `skip (reason)`, `xfail (reason)` "
            f"or `raises ExceptionName`, not {body.strip()!r}"
        )
    if match.group(1):
        return match.group(1), match.group(2).strip()
    return match.group(3), match.group(4)


def exception_named(name: str) -> type[BaseException]:
    """The exception class a `raises` marker names: from `bigcommerce.exception`, else builtin."""
    for module in (exception, builtins):
        found = getattr(module, name, None)
        if isinstance(found, type) and issubclass(found, BaseException):
            return found
    raise MarkerError(f"`raises {name}`: no such exception in bigcommerce.exception or builtins")


# The mapping from the README's placeholders to the fake store, in one table.


@dataclass
class Placeholders:
    """What the README's snippets name without defining, mapped to one running fake store.

    - `arguments`: `BigcommerceApi` keyword arguments whose README value is a placeholder,
      keyed by (argument, README value), to the store's value. OAuth clients without a `host`
      reach the store through `BC_API_ENDPOINT` (set by the test).
    - `text`: textual replacements for what is not Python as written (`...` standing for more
      items of a list), each (README text, replacement).
    - `context`: the names a snippet takes from the text around it, made for each snippet.
    - `seeds`: objects with the ids the snippets name, added to the store once (v3 collections:
      `store.state.nodes.seed(version, template, values=...)`; the demo catalog has the v2 ones).
    - `files`: files a snippet opens, created in the snippet's working directory.
    """

    store: FakeStore
    arguments: dict[tuple[str, Any], Any] = field(init=False)
    text: tuple[tuple[str, str], ...] = (
        ('[{"id": 42, "price": 9.5}, ...]', '[{"id": 42, "price": 9.5}]'),
    )
    seeds: tuple[tuple[str, str, dict[str, Any]], ...] = (
        ("v3", "catalog/products", {"id": 42, "name": "Readme product"}),
        ("v3", "catalog/brands", {"id": 7, "name": "Readme brand"}),
    )
    files: dict[str, bytes] = field(
        default_factory=lambda: {"logo.png": b"\x89PNG\r\n\x1a\n" + b"\0" * 16}
    )

    def __post_init__(self) -> None:
        store = self.store
        self.arguments = {
            ("client_id", "..."): store.client_id,
            ("store_hash", "..."): store.store_hash,
            ("access_token", "..."): store.access_token,
            ("host", "http://127.0.0.1:8080"): store.url,
            ("basic_auth", ("admin", "token")): store.basic_auth,
        }

    def seed(self) -> None:
        for version, template, values in self.seeds:
            self.store.state.nodes.seed(version, template, values=values)

    def context(self, api_class: type[Any]) -> dict[str, Any]:
        """A fresh namespace: what the README's snippets use from earlier snippets or prose."""
        store = self.store
        api = api_class(
            client_id=store.client_id, store_hash=store.store_hash, access_token=store.access_token
        )
        export = api.storefront.redirects.imex.export.create({})
        ignore: Callable[[object], None] = lambda _obj: None  # noqa: E731
        return {
            "__name__": "__readme__",
            "bigcommerce": bigcommerce,  # imported by the Quick start
            "Path": Path,  # the multipart upload names a file
            "FakeStore": FakeStore,  # imported by the fake store's first snippet
            "api": api,  # an OAuth client of the store, as the Quick start builds it
            "job_id": export.id,  # a redirect export job of the store
            "ship": ignore,  # what the reader's code does with each order or product
            "index": ignore,  # (the Performance section's last snippet)
        }

    def apply_text(self, code: str) -> str:
        for old, new in self.text:
            code = code.replace(old, new)
        return code

    def api_class(self, real: type[Any]) -> type[Any]:
        """`BigcommerceApi` with the placeholder arguments mapped to the store's values. A host
        other than 127.0.0.1 (the store's, or one a snippet starts) is refused: no snippet
        reaches the network."""
        mapped = self.mapped

        class ReadmeApi(real):  # type: ignore[misc,valid-type]
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                kwargs = {name: mapped(name, value) for name, value in kwargs.items()}
                host = kwargs.get("host", args[0] if args else None)
                if host is not None and urlsplit(str(host)).hostname != "127.0.0.1":
                    raise AssertionError(f"a README snippet names host {host!r}: map it")
                super().__init__(*args, **kwargs)

        ReadmeApi.__name__ = ReadmeApi.__qualname__ = real.__name__
        return ReadmeApi

    def mapped(self, name: str, value: Any) -> Any:
        """The store's value for a `BigcommerceApi` argument the README gives as a placeholder;
        any other value as it is."""
        key = (name, tuple(value) if isinstance(value, list) else value)
        try:
            return self.arguments.get(key, value)
        except TypeError:  # unhashable: not a placeholder
            return value

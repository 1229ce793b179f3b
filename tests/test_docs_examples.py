"""Every example in generated/docs/ runs against the fake store.

Each resource page gives one example per method: a comment naming the inputs the reader supplies,
then the call on `api`. Here the example's text is executed as it stands, with `api` a client of the
fake store and each input bound to a value the store can serve: the imported nodes' calls get the
objects `test_fake_store_nodes` seeds for the operation the example calls (found in the operation
index by its call), the old client's classes a small demo store (`seed_demo`, one object a
resource) and the ids of its first objects.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bigcommerce import operations
from bigcommerce.api import BigcommerceApi
from bigcommerce.operation_index import Operation
from bigcommerce.testing import FakeStore
from bigcommerce.testing.node_schema import LIST
from bigcommerce.testing.seeding import seed_demo

from .test_compat_wire import _sample
from .test_fake_store_nodes import binding_of, call_arguments, seed
from .test_whole_api import _resolve

DOCS = Path(__file__).resolve().parents[1] / "generated" / "docs"
_TITLE = re.compile(r"^# `(\w+)`$", re.M)
_SECTION = re.compile(r"^### `(\w+)`\n(.*?)(?=^### |^## |\Z)", re.M | re.S)
_EXAMPLE = re.compile(r"^Example:\n\n```python\n(.*?)^```$", re.M | re.S)
_CALL = re.compile(r"(api\.[\w.]+)\(([^()]*)\)")

#: Examples the fake store cannot serve, by page and method, with the reason.
CANNOT_SERVE: dict[tuple[str, str], str] = {
    ("v3_payments", "process"): (
        "the payments gateway is another server; the fake store serves the management API only "
        "(tests/test_payments_gateway.py plays it against a recording server)"
    ),
    ("v3_promotions_codes", "delete_many"): (
        "the fake store refuses a DELETE of many codes without a filter; the documents do not "
        "require one, so the example gives none"
    ),
}


@dataclass(frozen=True)
class Example:
    page: str
    method: str
    code: str
    deprecated: bool  # the page says the documents deprecate it

    @property
    def id(self) -> str:
        return f"{self.page}-{self.method}"


def _examples() -> list[Example]:
    out: list[Example] = []
    for page in sorted(DOCS.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        if _TITLE.search(text) is None:
            continue  # the index
        for method, body in _SECTION.findall(text):
            found = _EXAMPLE.search(body)
            assert found, f"{page.name}: `{method}` has no example"
            deprecated = "**Deprecated**" in body
            out.append(Example(page.stem, method, found.group(1), deprecated))
    return out


EXAMPLES = _examples()


def _call_of(code: str) -> re.Match[str]:
    """The example's call on `api`, on one line whatever lines the formatter split it into."""
    lines = [line.strip() for line in code.splitlines() if not line.startswith("#")]
    flat = re.sub(r",?\s*\)", ")", re.sub(r"\(\s*", "(", " ".join(lines)))
    match = _CALL.search(flat.replace(":  print", ": print"))
    assert match, code
    return match


def _args(text: str) -> list[str]:
    return [a.strip() for a in text.split(",") if a.strip()]


def _indexed(example: Example) -> Operation:
    """The index's operation the example calls (`iterall` is `all`'s iterating form): of the
    rows calling the same method, the one whose arguments begin the example's the longest."""
    match = _call_of(example.code)
    chain, given = match.group(1), _args(match.group(2))
    chain = re.sub(r"\.iterall$", ".all", chain)
    best: tuple[int, Operation] | None = None
    for op in operations():
        row = _CALL.fullmatch(op.call)
        if row is None or row.group(1) != chain:
            continue
        args = _args(row.group(2))
        if given[: len(args)] == args and (best is None or len(args) > best[0]):
            best = (len(args), op)
    assert best is not None, f"no indexed call is {example.code!r}"
    return best[1]


@pytest.fixture(scope="module")
def running() -> Iterator[FakeStore]:
    with FakeStore() as store:
        yield store


@pytest.fixture(scope="module")
def client(running: FakeStore) -> BigcommerceApi:
    return running.client(oauth=True, max_retries=0)


def _node_inputs(store: FakeStore, client: BigcommerceApi, op: Operation) -> dict[str, Any]:
    """The objects the operation needs, seeded, and its inputs by name."""
    store.state.clear()
    binding = binding_of(store, op)
    seeded = seed(store, op, binding)
    method, names = _resolve(client, op.call)
    positional, keywords = call_arguments(method, names, binding, seeded)
    inputs: dict[str, Any] = {}
    given = iter(positional)
    for name in names:
        key = name.split("=")[0]
        inputs[key] = keywords.pop(key) if "=" in name else next(given)
    if "body" in typing.get_type_hints(method):
        inputs["body"] = positional[-1]
    inputs.update(keywords)  # query parameters, by key
    inputs["query"] = keywords
    inputs["_lists"] = binding.kind == LIST and not keywords
    return inputs


def _old_inputs(store: FakeStore, client: BigcommerceApi, call: str) -> dict[str, Any]:
    """A demo store of one object a resource; the ids of the class's first object and its
    parent, and sample fields for `**fields`. (Not every call of the old classes is in the
    index: the example's own call names the method.)"""
    state = store.state
    state.clear()
    seed_demo(state, sizes=dict.fromkeys(state.schema.routes, 1))
    method, names = _resolve(client, call)
    route = state.schema.route(call.split(".")[1])
    inputs: dict[str, Any] = {}
    if "parentid" in names:
        inputs["parentid"] = state.ids(route.parent or "")[0]
    if "id" in names:
        inputs["id"] = state.ids(route.class_name)[0]
    hints = typing.get_type_hints(method)
    if "fields" in hints:
        inputs["fields"] = _sample(typing.get_args(hints["fields"])[0])
    inputs["_lists"] = True
    return inputs


def test_every_method_of_every_page_has_an_example() -> None:
    methods = sum(text.count("\n### `") for text in map(Path.read_text, DOCS.glob("*.md")))
    assert len(EXAMPLES) == methods > 700
    assert 0 < sum(e.deprecated for e in EXAMPLES) < 20


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_each_example_runs_against_the_fake_store(
    running: FakeStore, client: BigcommerceApi, example: Example
) -> None:
    reason = CANNOT_SERVE.get((example.page, example.method))
    if reason:
        pytest.xfail(reason)
    call = _call_of(example.code)
    if re.match(r"api\.[A-Z]", call.group()):
        inputs = _old_inputs(running, client, call.group())
    else:
        inputs = _node_inputs(running, client, _indexed(example))
    printed: list[Any] = []
    lists = inputs.pop("_lists")
    namespace = {"api": client, "print": printed.append, **inputs}
    code = compile(example.code, f"{example.page}.md: {example.method}", "exec")
    if example.deprecated:  # the call warns, as `typing_extensions.deprecated` makes it
        with pytest.warns(DeprecationWarning, match="Deprecated in BigCommerce's API documents"):
            exec(code, namespace)
    else:
        exec(code, namespace)
    if "result = " in example.code:
        assert len(printed) == 1
    if lists and example.method == "iterall":
        assert printed, f"{example.id}: iterall yields nothing, though the store has an item"

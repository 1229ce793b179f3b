"""The whole API: every operation in the index is reached by its call, and the current API's
conventions (envelopes, pages, cursors, batches, 207s, uploads, operators) work on the wire."""

from __future__ import annotations

import contextlib
import inspect
import re
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import typing_extensions

from bigcommerce import operations
from bigcommerce.api import BigcommerceApi
from bigcommerce.exception import (
    BigcommerceException,
    InvalidArgumentError,
    PartialSuccessError,
    ResponseDecodeError,
)
from codegen.spec_loader import load_index

from .conftest import STORE_HASH
from .generator_support import ROOT as PROJECT
from .operation_picks import cursor_listing
from .recording_server import RecordingServer
from .test_compat_wire import _sample

ROOT = f"/stores/{STORE_HASH}"
SPEC = PROJECT / "spec"
CALLS = [op for op in operations() if op.call]

# The recording server answers `{}` unless told otherwise: objects without ids, on purpose.
pytestmark = pytest.mark.filterwarnings("ignore::bigcommerce.ResponseShapeWarning")


@pytest.fixture
def client(v3_client: BigcommerceApi) -> BigcommerceApi:
    return v3_client


def test_the_index_covers_every_management_operation() -> None:
    """Every operation the import found in the documents (spec/imported/index.yaml) is a row."""
    rows = operations()
    managed = [op for op in rows if op.version]
    documented = load_index(SPEC, SPEC.parent).documented
    assert sorted((op.version, op.method, op.path.strip("/")) for op in managed) == sorted(
        (version, method, path) for version, method, path, _ in documented
    )
    assert {op.version for op in managed} == {"v2", "v3", "payments"}
    assert all(op.call or op.left_out for op in rows)
    assert all(op.left_out for op in rows if not op.version)  # storefront and provider: a reason


def _resolve(client: BigcommerceApi, call: str) -> tuple[Callable[..., Any], list[str]]:
    match = re.fullmatch(r"api\.([\w.]+)\((.*)\)", call)
    assert match, call
    target: Any = client
    for part in match.group(1).split("."):
        target = getattr(target, part)
    args = [a.strip() for a in match.group(2).split(",") if a.strip() and "*" not in a]
    return target, [a for a in args if a != "body"]


def _arguments(method: Callable[..., Any], names: list[str]) -> tuple[list[Any], dict[str, Any]]:
    hints = typing.get_type_hints(method, include_extras=True)
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for name in names:
        value = 7 if hints.get(name.split("=")[0]) in (int, int | None) else "s7"
        if "=" in name:
            keywords[name.split("=")[0]] = value
        else:
            positional.append(value)
    if "body" in inspect.signature(method).parameters:
        positional.append(_sample(hints["body"]))
    for kwargs in ("query", "fields", "filters"):  # **query (v3), **fields / **filters (v2)
        if kwargs in hints:
            keywords.update(_sample(typing.get_args(hints[kwargs])[0]))
    operation = getattr(type(method.__self__), f"_op_{method.__name__}", None)
    if getattr(operation, "filter_required", False):  # refused without a filter: give one
        query = typing_extensions.get_type_hints(typing.get_args(hints["query"])[0])
        key = sorted(query)[0]
        keywords[key] = _sample(query[key])
    return positional, keywords


@pytest.mark.parametrize("op", CALLS, ids=[f"{op.version}-{op.operation_id}" for op in CALLS])
def test_each_indexed_call_reaches_its_documented_method_and_path(
    client: BigcommerceApi, server: RecordingServer, op: Any
) -> None:
    method, names = _resolve(client, op.call)
    positional, keywords = _arguments(method, names)
    if names and names[0] == "parentid":  # the old client's subresources: `parentid, id`
        positional = [7] * len(names)
    with contextlib.suppress(BigcommerceException):
        result = method(*positional, **keywords)
        if inspect.isgenerator(result):
            next(result, None)
    assert server.requests, f"{op.call} sent nothing"
    sent = server.requests[0]
    given = iter(positional)
    ids = [keywords[n.split("=")[0]] if "=" in n else next(given) for n in names]
    values = iter(str(v) for v in ids)
    expected = re.sub(r"\{[^}]+\}", lambda _m: next(values), op.path)
    root = ROOT if op.version == "payments" else f"{ROOT}/{op.version}"  # the gateway: no version
    assert (sent.method, sent.path) == (op.method, f"{root}{expected}")


def _page(items: list[dict[str, Any]], current: int, total: int) -> dict[str, Any]:
    return {"data": items, "meta": {"pagination": {"current_page": current, "total_pages": total}}}


def test_envelopes_are_unwrapped_and_pages_followed(
    client: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(body=_page([{"id": 1}, {"id": 2}], 1, 2))
    server.reply(body=_page([{"id": 3}], 2, 2))
    assert [p.id for p in client.catalog.products.iterall(is_visible=True)] == [1, 2, 3]
    assert [r.query for r in server.requests] == [
        {"is_visible": "true", "limit": "250", "page": "1"},
        {"is_visible": "true", "limit": "250", "page": "2"},
    ]


def test_envelopes_are_read_whatever_else_they_carry(
    client: BigcommerceApi, server: RecordingServer
) -> None:
    # Keys beside data/meta, a null meta, or no meta: the items are read all the same.
    server.reply(body={"data": [{"id": 1}], "meta": None, "links": {"self": "x"}})
    assert [p.id for p in client.catalog.products.all()] == [1]
    server.reply(body={"data": [{"id": 2}]})
    assert [p.id for p in client.catalog.products.iterall()] == [2]
    server.reply(body={"data": {"id": 3, "name": "Chair"}, "meta": {}})
    assert client.catalog.products.get(3).name == "Chair"
    # An item the model does not fit is kept as sent, the others still typed.
    server.reply(body={"data": [{"id": 4}, {"id": "five"}], "meta": {}})
    kept = client.catalog.products.all()
    assert kept[0].id == 4 and kept[1]["id"] == "five"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"meta": {}}, "expected a {data, meta} answer"),
        ([{"id": 1}], "expected a {data, meta} answer"),
        ({"data": {"id": 1}}, "expected a list of objects"),
        (b'{"data": [{"id": 1}', "not valid JSON"),
    ],
)
def test_answers_that_are_not_envelopes_say_so(
    client: BigcommerceApi, server: RecordingServer, body: Any, message: str
) -> None:
    server.reply(body=body)
    with pytest.raises(ResponseDecodeError, match=re.escape(message)) as info:
        client.catalog.products.all()
    assert info.value.response is not None and info.value.response.status_code == 200


def test_cursor_pagination_follows_end_cursors(
    client: BigcommerceApi, server: RecordingServer
) -> None:
    cursor = {"end_cursor": "abc", "links": {"next": "?after=abc"}}
    server.reply(body={"data": [{"uuid": "p1"}], "meta": {"cursor_pagination": cursor}})
    server.reply(body={"data": [{"uuid": "p2"}], "meta": {"cursor_pagination": {"links": {}}}})
    projects = list(cursor_listing().node(client).iterall())
    assert [p["uuid"] for p in projects] == ["p1", "p2"]
    assert server.requests[1].query.get("after") == "abc"


def test_operators_are_keyword_arguments(client: BigcommerceApi, server: RecordingServer) -> None:
    server.reply(body=_page([], 1, 1))
    client.catalog.products.all(id__in=[1, 2], sku__in=["a", "b"], date_modified__min="2024-01-01")
    assert server.last.query == {
        "id:in": "1,2",
        "sku:in": "a,b",
        "date_modified:min": "2024-01-01",
    }
    with pytest.raises(InvalidArgumentError, match="id__inn"):
        client.with_options(strict=True).catalog.products.all(**{"id__inn": [1]})


def test_optional_parent_ids_choose_the_path(
    client: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(body=_page([], 1, 1))
    server.reply(body=_page([], 1, 1))
    client.orders.metafields.all()
    client.orders.metafields.all(4)
    assert [r.path for r in server.requests] == [
        f"{ROOT}/v3/orders/metafields",
        f"{ROOT}/v3/orders/4/metafields",
    ]


def test_batches_are_sent_in_chunks_of_the_documented_size(
    client: BigcommerceApi, server: RecordingServer
) -> None:
    items: list[Any] = [{"id": i, "price": 1.5} for i in range(23)]
    for _ in range(3):
        server.reply(body={"data": [{"id": 0}], "meta": {}})
    client.catalog.products.update_many(items)
    assert [len(r.json()) for r in server.requests] == [10, 10, 3]


def test_a_207_lists_what_succeeded_failed_and_was_not_sent(
    client: BigcommerceApi, server: RecordingServer
) -> None:
    items: list[Any] = [{"id": i} for i in range(23)]
    server.reply(body={"data": [{"id": i} for i in range(10)], "meta": {}})
    server.reply(207, {"data": [{"id": 10}], "errors": [{"id": 11, "message": "bad"}]})
    with pytest.raises(PartialSuccessError) as info:
        client.catalog.products.update_many(items)
    exc = info.value
    assert [p.id for p in exc.succeeded] == [*range(10), 10]
    assert exc.failed == [{"id": 11, "message": "bad"}]
    assert len(exc.unsent) == 3
    assert len(server.requests) == 2


def test_image_uploads_are_multipart(
    client: BigcommerceApi, server: RecordingServer, tmp_path: Path
) -> None:
    server.reply(body={"data": {"image_url": "https://x/y.png"}, "meta": {}})
    client.catalog.brands.image.create(3, {"image_file": b"\x89PNG..."})
    sent = server.last
    assert sent.path == f"{ROOT}/v3/catalog/brands/3/image"
    assert sent.headers["content-type"].startswith("multipart/form-data")
    assert b'name="image_file"' in sent.body and b"\x89PNG..." in sent.body
    picture = tmp_path / "logo.png"
    picture.write_bytes(b"from a file")
    server.reply(body={"data": {"image_url": "https://x/y.png"}, "meta": {}})
    client.catalog.brands.image.create(3, {"image_file": picture})
    assert b'filename="logo.png"' in server.last.body and b"from a file" in server.last.body


def test_non_json_answers_are_bytes_or_lines(
    client: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(body=b"from,to\n/a,/b\n", headers={"Content-Type": "text/csv"})
    csv = client.storefront.redirects.imex.export.download.get("uuid-1")
    assert csv == b"from,to\n/a,/b\n"
    server.reply(body=b"event: a\ndata: 1\n\n", headers={"Content-Type": "text/event-stream"})
    assert list(client.storefront.redirects.imex.export.events.get("uuid-1")) == [
        "event: a",
        "data: 1",
        "",
    ]


def test_webhook_payloads_have_models() -> None:
    # Payloads of one shape are one class (`store/product/updated` parses as StoreOrderCreated).
    from bigcommerce.v3.webhook_payloads import StoreCartCreated
    from bigcommerce.v3.webhook_payloads import StoreOrderCreated as StoreProductUpdated

    callback = {
        "scope": "store/cart/created",
        "store_id": "1001",
        "producer": "stores/abc123",
        "created_at": 1700000000,
        "hash": "3f1b",
        "data": {"type": "cart", "id": "09346904-4175-44fd-be53-f7e598531b6c"},
    }
    cart = StoreCartCreated.model_validate(callback)
    assert cart.data is not None and cart.data.id == callback["data"]["id"]
    assert StoreProductUpdated.model_validate({**callback, "data": {"id": 5}}).scope == cart.scope

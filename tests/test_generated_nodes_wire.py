"""The package generated from tests/fixtures/nodes works on the wire: generated into a temporary
folder, imported under another name (`gadget_sdk`), and called against the recording server.

Each test checks what was sent (method, path, query, headers, body) and what came back."""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .conftest import ACCESS_TOKEN, CLIENT_ID, STORE_HASH
from .generator_support import ROOT, generated_package, oauth_client
from .recording_server import Recorded, RecordingServer

NAME = "gadget_sdk"
V3 = f"/stores/{STORE_HASH}/v3"


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The generated package, imported as `gadget_sdk` (its imports are all relative)."""
    fixture = ROOT / "tests" / "fixtures" / "nodes"
    with generated_package(fixture, tmp_path_factory.mktemp("sdk"), NAME) as package:
        yield package


@pytest.fixture
def api(sdk: ModuleType, server: RecordingServer) -> Any:
    """An OAuth client of the generated package; no retries, so each call is one request."""
    return oauth_client(NAME, server.url, (CLIENT_ID, STORE_HASH, ACCESS_TOKEN))


def _model(name: str) -> Any:
    return getattr(importlib.import_module(f"{NAME}.models"), name)


def _pages(request: Recorded, pages: list[list[dict[str, Any]]]) -> tuple[int, Any]:
    """Page `page` of `pages` in a {data, meta} envelope with page numbers."""
    number = int(request.query["page"])
    meta = {"pagination": {"current_page": number, "total_pages": len(pages)}}
    return 200, {"data": pages[number - 1], "meta": meta}


def test_the_package_is_the_one_imported_under_its_new_name(api: Any) -> None:
    assert type(api.gadgets).__module__ == f"{NAME}.v3.gadgets.resources.gadgets"
    assert type(api.gadgets.parts).__module__ == f"{NAME}.v3.gadgets.resources.parts"
    assert type(api.gadgets.exports.download).__name__ == "V3GadgetsExportsDownload"


def test_an_enveloped_get_sends_its_query_and_credentials(
    api: Any, server: RecordingServer
) -> None:
    body = {"id": 5, "name": "Sprocket", "from": "lab", "date_made": "2024-01-02T03:04:05Z"}
    server.reply(body={"data": {**body, "size": {"width": 2.5}}, "meta": {}})
    gadget = api.gadgets.get(5, include_fields=["name", "from"])
    sent = server.last
    assert (sent.method, sent.path) == ("GET", f"{V3}/gadgets/5")
    assert sent.query == {"include_fields": "name,from"}
    assert sent.headers["x-auth-token"] == ACCESS_TOKEN
    assert sent.headers["x-auth-client"] == CLIENT_ID
    assert sent.headers["accept"] == "application/json"
    assert sent.body == b""
    assert isinstance(gadget, _model("Gadget"))
    assert (gadget.id, gadget.name, gadget.from_, gadget["from"]) == (5, "Sprocket", "lab", "lab")
    assert gadget.date_made.year == 2024 and gadget.date_made.utcoffset().total_seconds() == 0
    assert isinstance(gadget.size, _model("GadgetSize")) and gadget.size.width == 2.5


def test_offset_iterall_reads_every_page_with_its_filters(
    api: Any, server: RecordingServer
) -> None:
    pages = [[{"id": 1}, {"id": 2}], [{"id": 3}]]
    server.handle("GET", f"{V3}/gadgets", lambda request: _pages(request, pages))
    found = api.gadgets.iterall(id__in=[1, 2, 3], is_shiny=True, sort="name")
    assert [g.id for g in found] == [1, 2, 3]
    filters = {"id:in": "1,2,3", "is_shiny": "true", "sort": "name", "limit": "250"}
    assert [r.query for r in server.requests] == [
        {**filters, "page": "1"},
        {**filters, "page": "2"},
    ]
    assert {r.method for r in server.requests} == {"GET"}


def test_cursor_iterall_follows_end_cursors(api: Any, server: RecordingServer) -> None:
    more = {"end_cursor": "c1", "links": {"next": "?after=c1"}}
    server.reply(
        body={"data": [{"uuid": "e1", "kind": "made"}], "meta": {"cursor_pagination": more}}
    )
    server.reply(body={"data": [{"uuid": "e2"}], "meta": {"cursor_pagination": {"links": {}}}})
    events = list(api.gadgets.events.iterall(limit=1))
    assert [(e.uuid, e.kind) for e in events] == [("e1", "made"), ("e2", None)]
    assert all(isinstance(e, _model("GadgetEvent")) for e in events)
    assert [(r.path, r.query) for r in server.requests] == [
        (f"{V3}/gadgets/events", {"limit": "1"}),
        (f"{V3}/gadgets/events", {"limit": "1", "after": "c1"}),
    ]


def test_a_batch_create_is_split_by_its_limit(api: Any, server: RecordingServer) -> None:
    def echo(request: Recorded) -> tuple[int, Any]:
        items = request.json()
        return 200, {"data": [{"id": 10 + len(server.requests), **i} for i in items], "meta": {}}

    server.handle("POST", f"{V3}/gadgets", echo)
    items = [{"name": f"g{i}", "price": "1.50"} for i in range(7)]
    made = api.gadgets.create_many(items)
    assert [len(r.json()) for r in server.requests] == [3, 3, 1]
    assert [item for r in server.requests for item in r.json()] == items
    assert {r.headers["content-type"] for r in server.requests} == {"application/json"}
    assert [g.name for g in made] == [f"g{i}" for i in range(7)]
    assert [g.id for g in made] == [11] * 3 + [12] * 3 + [13]


def test_a_batch_with_an_optional_parent_id_chooses_its_path(
    api: Any, server: RecordingServer
) -> None:
    server.route("PUT", f"{V3}/gadgets/4/parts", body={"data": [{"id": 1}], "meta": {}})
    server.route("PUT", f"{V3}/gadgets/parts", body={"data": [{"id": 2}], "meta": {}})
    parts = [{"label": "a"}, {"label": "b"}, {"label": "c"}]
    scoped = api.gadgets.parts.update_many(parts, gadget_id=4)
    unscoped = api.gadgets.parts.update_many(parts[:1])
    assert [p.id for p in scoped] == [1, 1] and [p.id for p in unscoped] == [2]
    assert [(r.path, r.json()) for r in server.requests] == [
        (f"{V3}/gadgets/4/parts", parts[:2]),
        (f"{V3}/gadgets/4/parts", parts[2:]),
        (f"{V3}/gadgets/parts", parts[:1]),
    ]


def test_a_multipart_upload_sends_the_file_and_the_fields(
    api: Any, server: RecordingServer, tmp_path: Path
) -> None:
    server.reply(body={"data": {"image_url": "https://cdn.example/g.png"}, "meta": {}})
    picture = tmp_path / "front.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\nfront")
    image = api.gadgets.image.create(8, {"image_file": picture, "caption": "front view"})
    sent = server.last
    assert (sent.method, sent.path, sent.query) == ("POST", f"{V3}/gadgets/8/image", {})
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="image_file"; filename="front.png"' in sent.body
    assert b"\x89PNG\r\n\x1a\nfront" in sent.body
    assert b'name="caption"' in sent.body and b"front view" in sent.body
    assert isinstance(image, _model("GadgetImage"))
    assert image.image_url == "https://cdn.example/g.png"


def test_bytes_and_lines_answers_are_returned_as_sent(api: Any, server: RecordingServer) -> None:
    blob = bytes(range(256))
    server.reply(body=blob, headers={"Content-Type": "application/octet-stream"})
    assert api.gadgets.exports.download.get("exp-1") == blob
    server.reply(body=b"started\nhalf done\r\ndone\n", headers={"Content-Type": "text/plain"})
    assert list(api.gadgets.exports.log.get("exp-1")) == ["started", "half done", "done"]
    assert [(r.method, r.path) for r in server.requests] == [
        ("GET", f"{V3}/gadgets/exports/exp-1/download"),
        ("GET", f"{V3}/gadgets/exports/exp-1/log"),
    ]


def test_scalar_answers_required_queries_and_enum_paths(api: Any, server: RecordingServer) -> None:
    server.reply(body={"data": 12, "meta": {}})
    assert api.gadgets.total() == 12
    server.reply(204, None)
    assert api.gadgets.delete_all(id__in=[1, 2], x_confirm_count=2) is None
    assert server.last.headers["x-confirm-count"] == "2"
    server.reply(body=[{"id": 3}])
    assert [g.id for g in api.gadgets.by_kind("small", body={"stamp": "x"})] == [3]
    sent = [(r.method, r.path, r.query) for r in server.requests]
    assert sent == [
        ("GET", f"{V3}/gadgets/total", {}),
        ("DELETE", f"{V3}/gadgets", {"id:in": "1,2"}),
        ("POST", f"{V3}/gadgets/kinds/small", {}),
    ]
    assert json.loads(server.last.body) == {"stamp": "x"}


def test_a_v2_node_has_no_envelope(api: Any, server: RecordingServer) -> None:
    server.reply(body=[{"id": 1, "city": "Lyon"}])
    depots = api.v2.depots.all(page=2)
    assert [(d.id, d.city) for d in depots] == [(1, "Lyon")]
    assert isinstance(depots[0], _model("Depot"))
    assert (server.last.path, server.last.query) == (
        f"/stores/{STORE_HASH}/v2/depots",
        {"page": "2"},
    )


def test_header_parameters_and_extras_reach_the_wire(api: Any, server: RecordingServer) -> None:
    server.reply(body={"data": {"id": 5}, "meta": {}})
    api.gadgets.get(
        5,
        x_request_tag="tag-1",
        extra_headers={"X-Trace": "abc"},
        extra_query={"undocumented": [1, 2], "include_fields": "id"},
    )
    sent = server.last
    assert sent.headers["x-request-tag"] == "tag-1"
    assert sent.headers["x-trace"] == "abc"
    assert sent.query == {"undocumented": "1,2", "include_fields": "id"}
    server.reply(body={"data": {"id": 5}, "meta": {}})
    api.gadgets.get(5)
    assert "x-request-tag" not in server.last.headers  # an optional header left out is not sent

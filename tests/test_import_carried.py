"""What the importer carries from a schema to where it is used: read-only through array items,
writable and required fields of `oneOf` alternatives over a read-only base, `required` on update
and batch bodies (`allOf` entries holding only `required` included), `x-required` naming verbs,
and JSON numbers that stay integers on the wire.

The fixture is tests/fixtures/openapi/carried/; the end-to-end tests import it into a temporary
spec folder, generate a package from it (`carried_sdk`) and call the recording server."""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from functools import cache
from types import ModuleType
from typing import Any

import pytest
import yaml
from pydantic import TypeAdapter, ValidationError

from codegen.openapi.group import build_tree
from codegen.openapi.importer import index_file
from codegen.openapi.model import ApiDescription, Schema, SchemaField
from codegen.openapi.operations import read_api
from codegen.openapi.write_spec import spec_files

from .conftest import ACCESS_TOKEN, CLIENT_ID, STORE_HASH
from .generator_support import ROOT, generated_package, oauth_client
from .recording_server import RecordingServer

FIXTURE = ROOT / "tests" / "fixtures" / "openapi" / "carried"
NAME = "carried_sdk"
V3 = f"/stores/{STORE_HASH}/v3"


@cache
def _api() -> ApiDescription:
    return read_api(FIXTURE)


def _schema(name: str) -> Schema:
    found = [s for s in _api().schemas if s.name == name]
    assert found, f"no schema {name}; have {[s.name for s in _api().schemas]}"
    return found[0]


def _fields(name: str) -> dict[str, SchemaField]:
    return {f.name: f for f in _schema(name).fields}


def _body_type(operation_id: str) -> str:
    [op] = [op for op in _api().operations if op.operation_id == operation_id]
    assert op.body is not None
    return op.body.type


def _written() -> dict[str, Any]:
    """The spec files the importer writes for the fixture, parsed: relative path -> content."""
    api = _api()
    files = spec_files(api, build_tree(api.operations), frozenset())
    files["imported/index.yaml"] = index_file(api)
    return {rel: yaml.safe_load(text) for rel, text in files.items()}


# -- the reading half ------------------------------------------------------------------------


def test_read_only_reaches_through_array_items() -> None:
    fields = _fields("OrderBase")
    assert fields["links"].type == "list[Link]"
    assert fields["links"].read_only  # its items are a read-only object
    assert not fields["tags"].read_only


def test_one_of_over_a_read_only_base_keeps_required_fields_writable() -> None:
    body = _body_type("createPromo")
    got = {f.name: (f.read_only, f.required, f.enum) for f in _schema(body).fields}
    assert got == {
        "id": (True, (), ()),
        "kind": (False, ("create", "update"), ("COUPON", "AUTOMATIC")),  # redefined writable
        "name": (False, ("create", "update"), ()),  # required by both alternatives
        "uses": (True, (), ()),  # a redefinition without a type keeps the base's flag
        "codes": (False, (), ()),  # in one alternative only
    }


def test_required_reaches_update_bodies_and_required_only_all_of_entries() -> None:
    assert _body_type("updateOrder") == "OrderPut"  # not an alias: its allOf adds `required`
    fields = _fields("OrderPut")
    assert fields["status"].required == ("create", "update")
    assert fields["note"].required == ("create", "update")  # from `- required: [note]`
    assert fields["quantity"].required == ()
    assert _fields("OrderBase")["note"].required == ()


def test_batch_items_keep_their_required_id() -> None:
    item = _body_type("updateOrders").removeprefix("list[").removesuffix("]")
    fields = _fields(item)
    assert (fields["id"].read_only, fields["id"].required) == (True, ("create", "update"))
    models = _written()["imported/v3/orders.yaml"]["models"]
    # the writer sends a batch item's id, and requires it as documented ...
    assert models[item]["fields"]["id"] == {"type": "int", "required": ["create", "update"]}
    # ... while elsewhere a read-only field is never required
    assert models["OrderPut"]["fields"]["id"] == {"type": "int", "read_only": True}


def test_x_required_names_the_verbs_a_required_list_would_widen() -> None:
    fields = _fields("Labelled")
    assert fields["label"].required == ("create",)  # in `required`, but x-required: [post]
    assert fields["code"].required == ("create", "update")


def test_a_json_number_is_a_float_in_the_spec() -> None:
    assert _fields("OrderBase")["quantity"].type == "float"


# -- the generated package -------------------------------------------------------------------


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The package generated from the imported fixture, imported as `carried_sdk`."""
    folder = tmp_path_factory.mktemp("carried")
    spec = folder / "spec"
    api = _api()
    files = spec_files(api, build_tree(api.operations), frozenset())
    files["imported/index.yaml"] = index_file(api)
    for rel, text in files.items():
        (spec / rel).parent.mkdir(parents=True, exist_ok=True)
        (spec / rel).write_text(text, encoding="utf-8")
    with generated_package(spec, folder, NAME) as package:
        yield package


@pytest.fixture
def client(sdk: ModuleType, server: RecordingServer) -> Any:
    return oauth_client(NAME, server.url, (CLIENT_ID, STORE_HASH, ACCESS_TOKEN))


def _models(sdk: ModuleType) -> ModuleType:
    return importlib.import_module(f"{NAME}.models")


def _missing(typed_dict: Any, keys: set[str]) -> set[str]:
    """The keys pydantic reports missing from a body of `typed_dict` holding only `keys`."""
    body = {key: {"id": 1, "quantity": 1}.get(key, "x") for key in keys}
    try:
        TypeAdapter(typed_dict).validate_python(body)
    except ValidationError as exc:
        return {str(e["loc"][0]) for e in exc.errors() if e["type"] == "missing"}
    return set()


def test_generated_bodies_require_what_the_documents_require(sdk: ModuleType) -> None:
    models = _models(sdk)
    assert _missing(models.OrderPutUpdate, set()) == {"status", "note"}
    assert _missing(models.OrderPutUpdate, {"status", "note"}) == set()
    assert "id" not in models.OrderPutUpdate.__annotations__  # read-only: never sent
    assert _missing(models.UpdateOrdersRequestItemUpdate, {"note"}) == {"id", "status"}
    promo = models.CreatePromoRequestCreate
    assert _missing(promo, {"codes"}) == {"kind", "name"}
    assert set(promo.__annotations__) == {"kind", "name", "codes"}


def test_integers_stay_integers_in_bodies_and_models(sdk: ModuleType) -> None:
    models = _models(sdk)
    body = TypeAdapter(models.OrderPutUpdate)
    checked = body.validate_python({"status": "new", "note": "n", "quantity": 2})
    assert json.loads(body.dump_json(checked)) == {"status": "new", "note": "n", "quantity": 2}
    assert b'"quantity":2}' in body.dump_json(checked)
    fraction = body.validate_python({"status": "new", "note": "n", "quantity": 2.5})
    assert fraction["quantity"] == 2.5
    order = models.OrderBase.model_validate({"id": 1, "quantity": 3})
    assert type(order.quantity) is int
    assert '"quantity":3' in order.model_dump_json()
    assert type(models.OrderBase.model_validate({"id": 1, "quantity": 3.0}).quantity) is float


def test_a_batch_update_sends_ids_and_integer_quantities(
    client: Any, server: RecordingServer
) -> None:
    server.reply(status=200, body={})
    client.orders.update_many([{"id": 7, "status": "shipped", "quantity": 2}])
    sent = server.last
    assert (sent.method, sent.path) == ("PUT", f"{V3}/orders")
    assert b'"quantity":2' in sent.body and b"2.0" not in sent.body
    assert sent.json() == [{"id": 7, "status": "shipped", "quantity": 2}]


def test_a_promotion_is_created_with_its_writable_kind(
    client: Any, server: RecordingServer
) -> None:
    server.reply(status=200, body={})
    client.promos.create({"kind": "COUPON", "name": "Spring", "codes": ["A"]})
    assert server.last.json() == {"kind": "COUPON", "name": "Spring", "codes": ["A"]}


def test_no_written_read_only_field_is_required() -> None:
    """A read-only field is never sent, so a body could never satisfy its requirement."""
    for rel, content in _written().items():
        for model in (content.get("models") or {}).values():
            for spec in model["fields"].values():
                if isinstance(spec, dict) and spec.get("read_only"):
                    assert "required" not in spec, rel

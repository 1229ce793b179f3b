"""The OpenAPI reader (codegen.openapi): small fixture documents, one feature each, under
tests/fixtures/openapi/; and, when BIGCOMMERCE_OPENAPI_DIR is set, BigCommerce's own documents."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from codegen.openapi.documents import classify, load_documents, load_yaml
from codegen.openapi.model import ApiDescription, Operation, Schema, SchemaField
from codegen.openapi.operations import describe, read_api
from codegen.openapi.path_params import snake
from codegen.openapi.resolve import RefCycleError, RefError, Resolver, format_pointer, parse_ref
from codegen.openapi.schema_names import class_name, file_prefixes

ROOT = Path(__file__).parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "openapi"
SCALARS = {"int", "float", "decimal", "str", "bool", "datetime", "date", "any", "object", "bytes"}
REAL_DOCUMENTS = os.environ.get("BIGCOMMERCE_OPENAPI_DIR")


@cache
def api(folder: str) -> ApiDescription:
    return read_api(FIXTURES / folder)


def schema(description: ApiDescription, name: str) -> Schema:
    found = [s for s in description.schemas if s.name == name]
    assert found, f"no schema {name}; have {[s.name for s in description.schemas]}"
    return found[0]


def field(description: ApiDescription, schema_name: str, name: str) -> SchemaField:
    fields = {f.name: f for f in schema(description, schema_name).fields}
    assert name in fields, f"{schema_name} has no field {name!r}; has {sorted(fields)}"
    return fields[name]


def types(description: ApiDescription, schema_name: str) -> dict[str, str]:
    return {f.name: f.type for f in schema(description, schema_name).fields}


def operation(description: ApiDescription, operation_id: str) -> Operation:
    found = [op for op in description.operations if op.operation_id == operation_id]
    assert len(found) == 1, f"{len(found)} operations {operation_id}"
    return found[0]


def referenced(type_: str) -> Iterator[str]:
    match = re.fullmatch(r"list\[(.+)\]", type_)
    if match:
        yield from referenced(match.group(1))
    elif type_ not in SCALARS:
        yield type_


def all_types(description: ApiDescription) -> Iterator[str]:
    for item in description.schemas:
        yield from (f.type for f in item.fields)
    for op in description.operations:
        yield from (p.type for p in op.params)
        if op.body is not None:
            yield op.body.type
        for response in op.responses:
            yield from (t for t in (response.type, response.data_type) if t is not None)


def assert_types_known(description: ApiDescription) -> None:
    names = [s.name for s in description.schemas]
    assert len(names) == len(set(names)), "schema names must be unique"
    assert names == sorted(names)
    assert all(re.fullmatch(r"[A-Z][A-Za-z0-9_]*", name) for name in names)
    unknown = {r for t in all_types(description) for r in referenced(t) if r not in set(names)}
    assert not unknown


# -- documents ---------------------------------------------------------------------------------


def test_loader_keeps_timestamps_as_text(tmp_path: Path) -> None:
    path = tmp_path / "dates.yml"
    path.write_text("a: 2024-01-31\nb: 2024-01-31T10:00:00Z\nc: [2023-12-01]\n")
    assert load_yaml(path) == {"a": "2024-01-31", "b": "2024-01-31T10:00:00Z", "c": ["2023-12-01"]}


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://api.bigcommerce.com/stores/{store_hash}/v2", "v2"),
        ("https://api.bigcommerce.com/stores/{store_hash}/v3", "v3"),
        ("https://api.bigcommerce.com/stores/{store_hash}/v3/", "v3"),
        ("https://{store_domain}/api/storefront", "storefront"),
        ("https://{store_domain}", "storefront"),
        ("https://{app_domain}", "provider"),
        ("https://payments.bigcommerce.com/stores/{store_hash}", "payments"),
        ("https://payments.bigcommerce.com.evil.example/stores/{store_hash}", "other"),
        ("http://payments.bigcommerce.com/stores/{store_hash}", "other"),
        ("https://payments.bigcommerce.com/stores/{store_hash}/v9", "other"),
        ("", "other"),
    ],
)
def test_classify_by_server(url: str, kind: str) -> None:
    assert classify(url) == kind


def test_documents_sorted_both_extensions_non_openapi_skipped() -> None:
    documents = load_documents(FIXTURES / "kinds")
    assert [d.file for d in documents] == [
        "carts.sf.yml",
        "customer_login.yml",
        "payments/process_payments.yml",
        "pricing.sf.yml",
        "shipping_provider.yml",
        "tax_classes.v2.yaml",
    ]
    kinds = {d.file: d.kind for d in documents}
    assert kinds["pricing.sf.yml"] == "v3"  # the server decides, not the file name
    assert kinds["tax_classes.v2.yaml"] == "v2"


def test_non_management_operations_are_excluded_with_a_reason() -> None:
    """The payments gateway's operations are read (as v3 ones, marked with their server); the
    other kinds' are excluded."""
    description = api("kinds")
    assert [(op.version, op.operation_id, op.server) for op in description.operations] == [
        ("v2", "getTaxClasses", "api"),
        ("v3", "processPayment", "payments"),
        ("v3", "getPrices", "api"),
    ]
    excluded = {(e.file, e.method, e.path, e.operation_id): e.reason for e in description.excluded}
    assert excluded == {
        ("carts.sf.yml", "GET", "/carts", "getCart"): "storefront API",
        ("customer_login.yml", "GET", "/login/token/{token}", "loginToken"): "storefront API",
        ("shipping_provider.yml", "POST", "/rate", "getRates"): (
            "provider API (the app implements it)"
        ),
    }


# -- references --------------------------------------------------------------------------------


def test_parse_and_format_pointers() -> None:
    assert parse_ref("#/components/schemas/X") == ("components", "schemas", "X")
    assert parse_ref("#/paths/~1carts~1{cartId}/get") == ("paths", "/carts/{cartId}", "get")
    assert parse_ref("#/a/b~0c~1d") == ("a", "b~c/d")
    assert parse_ref("#/a/%7Bid%7D") == ("a", "{id}")
    assert parse_ref("#") == ()
    assert format_pointer(("paths", "/a~b", "get")) == "#/paths/~1a~0b/get"
    with pytest.raises(RefError):
        parse_ref("other.yml#/components/schemas/X")


def test_resolver_deep_pointers_and_cycles() -> None:
    document = load_yaml(FIXTURES / "refs" / "refs.v3.yml")
    resolver = Resolver(document, "refs.v3.yml")
    assert resolver.at(parse_ref("#/components/examples/Node/value")) == {"id": 1, "name": "Shoes"}
    chained, where = resolver.follow({"$ref": "#/components/schemas/Identifier"}, ())
    assert chained == {"type": "integer"}
    assert where == ("components", "schemas", "Integer")
    with pytest.raises(RefCycleError):
        resolver.follow({"$ref": "#/components/schemas/Loop"}, ())
    with pytest.raises(RefError):
        resolver.at(parse_ref("#/components/schemas/Missing"))


def test_refs_resolve_in_operations_and_schemas() -> None:
    description = api("refs")
    get = operation(description, "getTreeCategories")
    assert get.path == "/catalog/trees/{tree_id}/categories"
    assert [(p.name, p.location, p.type) for p in get.params] == [("tree_id", "path", "int")]
    assert get.responses[0].type == "list[CategoryNode]"  # through an alias component
    put = operation(description, "updateTreeCategories")
    assert put.body is not None
    assert (put.body.type, put.body.required) == ("CategoryNode", True)
    assert [(r.status, r.type) for r in put.responses] == [
        (200, "CategoryNodeParent"),
        (204, "any"),
    ]
    assert types(description, "CategoryNode") == {
        "id": "int",
        "name": "str",
        "parent": "CategoryNodeParent",
        "children": "list[CategoryNode]",  # a schema containing itself
        "sibling": "CategoryNodeParent",  # a reference to a property of another schema
        "escaped": "str",  # ~0 and ~1 in the pointer
    }
    assert types(description, "CategoryNodeParent") == {"id": "int", "slug~path/x": "str"}
    assert_types_known(description)


# -- schemas -----------------------------------------------------------------------------------


def test_all_of_merges_properties_and_requirements() -> None:
    description = api("combiners")
    product = schema(description, "Product")
    assert [(f.name, f.type, f.read_only, f.required, f.nullable) for f in product.fields] == [
        ("id", "int", True, (), False),
        ("name", "str", False, ("create", "update"), True),
        ("price", "float", False, ("create", "update"), False),
        ("sku", "str", False, (), False),
    ]
    names = {s.name for s in description.schemas}
    assert "Wrapped" not in names  # a one-part allOf is an alias of its part


def test_one_of_objects_union_of_optional_fields_with_discriminator() -> None:
    description = api("combiners")
    get = operation(description, "getInstruments")
    assert get.responses[0].type == "list[GetInstrumentsResponseItem]"
    item = schema(description, "GetInstrumentsResponseItem")
    assert [f.name for f in item.fields] == ["type", "token", "last_4", "email"]
    # required only where every alternative requires it: `token` is required by one of them
    assert {f.name: f.required for f in item.fields} == {
        "type": ("create", "update"),
        "token": (),
        "last_4": (),
        "email": (),
    }
    assert field(description, "GetInstrumentsResponseItem", "type").enum == (
        "stored_card",
        "stored_paypal_account",
    )


def test_one_of_any_of_scalars_lists_and_mixtures() -> None:
    description = api("combiners")
    assert types(description, "Holder") == {
        "amount": "float",  # number | integer
        "code": "any",  # string | integer
        "provider": "str",
        "line_items": "list[HolderLineItemsItem]",  # arrays: a list of the union of items
        "fees": "any",  # object | array
        "only": "Base",  # one alternative
        "constrained": "list[HolderConstrainedItem]",  # `required`-only alternatives ignored
    }
    assert field(description, "Holder", "provider").enum == ("ups", "fedex", "usps")
    assert types(description, "HolderLineItemsItem") == {"product_id": "int", "sku": "str"}
    assert types(description, "HolderConstrainedItem") == {"tree_id": "int", "parent_id": "int"}
    assert types(description, "Matcher") == {"and": "list[Matcher]", "not": "Matcher"}


def test_flags_requirements_and_enums() -> None:
    description = api("flags")
    coupon = schema(description, "Coupon")
    assert coupon.open is False
    got = {f.name: (f.read_only, f.required, f.nullable, f.enum) for f in coupon.fields}
    assert got == {
        "id": (True, ("create", "update"), False, ()),  # as documented; never sent (read-only)
        "code": (False, ("update",), False, ()),  # x-required: [put] names the verbs
        "name": (False, ("create", "update"), False, ()),  # x-required: [post, put]
        "amount": (False, ("create",), False, ()),  # x-required: [post]
        "note": (False, (), True, ()),  # nullable
        "legacy_note": (False, (), True, ()),  # x-nullable
        "status": (False, (), True, ("active", "disabled")),  # null among the enum values
        "priority": (False, (), False, (1, 2, 3)),
        "enabled": (False, (), False, (True,)),
        "kind": (False, (), False, ("percent", "fixed")),  # an enum without a type
        "channels": (False, (), False, ("web", "pos")),  # enum of the items
        "owner": (True, (), True, ()),  # flags of the referenced schema
        "created": (False, (), False, ("2024-01-31",)),  # a timestamp-looking value stays text
    }
    assert types(description, "Coupon")["kind"] == "str"
    assert schema(description, "Owner").open is True


def test_formats_and_free_form_objects() -> None:
    assert types(api("formats"), "Everything") == {
        "created_at": "datetime",
        "birthday": "date",
        "file": "bytes",
        "uuid": "str",
        "currency": "str",
        "money": "decimal",
        "id_text": "str",  # a numeric format on a string: ids stay text
        "ratio": "float",
        "weight": "float",
        "price": "float",
        "count32": "int",
        "count64": "int",
        "flag": "bool",
        "tags": "list[str]",
        "anything_list": "list[any]",
        "ids": "list[int]",
        "map": "object",
        "free": "object",
        "json_blob": "object",
        "untyped": "any",
        "unknown": "any",
    }


# -- names -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("301RedirectRead", "Redirect301Read"),
        ("metaEmpty_Full", "MetaEmptyFull"),
        ("new-model", "NewModel"),
        ("product_Base_POST", "ProductBasePOST"),
        ("422ErrorResp", "Error422Resp"),
        ("0", "Schema0"),
        ("", "Schema"),
        ("none", "None_"),
    ],
)
def test_class_name(raw: str, name: str) -> None:
    assert class_name(raw) == name


def test_file_prefixes() -> None:
    assert file_prefixes(["catalog/products_catalog.v3.yml", "orders.v2.oas2.yml"]) == {
        "catalog/products_catalog.v3.yml": "ProductsCatalogV3",
        "orders.v2.oas2.yml": "OrdersV2",
    }
    assert file_prefixes(["a/x.v3.yml", "b/x.v3.yml"]) == {
        "a/x.v3.yml": "AXV3",
        "b/x.v3.yml": "BXV3",
    }


def test_component_and_inline_names() -> None:
    description = api("names")
    names = [s.name for s in description.schemas]
    assert names == [
        "Keywords",
        "KeywordsFrom",
        "KeywordsFrom2",  # inline `Keywords.from`, clashing with the component KeywordsFrom
        "MetaEmptyFull",  # metaEmptyFull
        "MetaEmpty_Full",  # metaEmpty_Full, in the same document
        "NewModel",
        "None_",
        "Redirect301Read",
        "UpsertRedirectsRequest",
        "UpsertRedirectsRequestTo",
        "UpsertRedirectsResponse",
        "UpsertRedirectsResponse201",
        "UpsertRedirectsResponseRedirectsItem",
    ]
    assert schema(description, "MetaEmpty_Full").source.endswith(
        "#/components/schemas/metaEmpty_Full"
    )
    put = operation(description, "upsertRedirects")
    assert put.body is not None
    assert put.body.type == "UpsertRedirectsRequest"
    assert [r.type for r in put.responses] == [
        "UpsertRedirectsResponse",
        "UpsertRedirectsResponse201",
    ]
    assert types(description, "UpsertRedirectsResponse") == {
        "redirects": "list[UpsertRedirectsResponseRedirectsItem]"
    }


def test_property_names_stay_wire_names() -> None:
    fields = [f.name for f in schema(api("names"), "Keywords").fields]
    assert fields == ["class", "and", "or", "not", "type", "", "0", "additionalProperties", "from"]
    assert types(api("names"), "Keywords")["additionalProperties"] == "str"


def test_same_name_across_files_collapses_or_gets_file_prefix() -> None:
    description = api("duplicates")
    by_name = {s.name: s for s in description.schemas}
    assert sorted(by_name) == [
        "CustomersV2GetCustomersResponse",
        "CustomersV2Widget",
        "ErrorFull",  # identical but for prose and property order: one schema
        "LinksFull",
        "Meta",  # identical once references are followed (inline vs. a component)
        "MetaLinks",
        "OrdersV3GetCustomersResponse",  # the same operationId in a v2 and a v3 document
        "OrdersV3Pagination",
        "OrdersV3Widget",  # orders and products agree; customers differs (readOnly)
        "ProductsV3Pagination",
    ]
    assert by_name["ErrorFull"].source == "orders.v3.yml#/components/schemas/error_Full"
    assert types(description, "OrdersV3Pagination") == {"total": "int"}
    assert types(description, "ProductsV3Pagination") == {"total": "str"}
    assert field(description, "CustomersV2Widget", "id").read_only


# -- operations --------------------------------------------------------------------------------


def test_envelopes_and_pagination() -> None:
    description = api("envelopes")
    got = {
        op.operation_id: [(r.status, r.data_type, r.pagination) for r in op.responses]
        for op in description.operations
    }
    assert got == {
        "getItems": [(200, "list[Item]", "offset")],
        "getItemMetafields": [(200, "list[GetItemMetafieldsResponseDataItem]", "offset+cursor")],
        "listProjects": [(200, "list[str]", "cursor")],
        "getItem": [(200, "Item", "none")],
        "createItems": [(200, "list[Item]", "none"), (207, "list[Item]", "none")],
        "deleteItems": [(204, None, "none")],
        "getReport": [(200, "list[int]", "none")],  # `data` alone
        "getBulkRule": [(200, "Item", "none")],  # paginated meta but not a list
        "getPlain": [(200, None, "none")],  # `data` among other fields: no envelope
        "getBrands": [(200, None, "page")],  # v2, a list, page/limit parameters
        "getBrandsCount": [(200, None, "none")],
        "getBlogTags": [(200, None, "none")],
    }
    delete = operation(description, "deleteItems")
    assert (delete.responses[0].content_type, delete.responses[0].type) == (None, None)
    create = operation(description, "createItems")
    assert create.body is not None
    assert (create.body.type, create.body.max_items, create.body.required) == (
        "list[Item]",
        10,
        True,
    )
    order = [(op.version, op.path, op.method) for op in description.operations]
    assert order == sorted(order)


def test_media_types_skip_example_keys_and_prefer_json() -> None:
    description = api("media")
    image = operation(description, "createImage")
    assert image.body is not None
    assert (image.body.content_type, image.body.type) == ("application/json", "CreateImageRequest")
    assert image.body.required is False  # OpenAPI's default
    assert [(r.content_type, r.type) for r in image.responses] == [
        ("application/json", "CreateImageResponse")
    ]
    upload = operation(description, "createUpload")
    assert upload.body is not None
    assert (upload.body.content_type, upload.body.type) == (
        "multipart/form-data",
        "CreateUploadRequest",
    )
    assert types(description, "CreateUploadRequest") == {"file": "bytes"}
    replace = operation(description, "replaceUpload")
    assert replace.body is None
    assert [(r.status, r.content_type, r.type) for r in replace.responses] == [(200, None, None)]
    got = {
        op.operation_id: (op.responses[0].content_type, op.responses[0].type)
        for op in description.operations
        if op.method == "GET" or op.operation_id == "putRaw"
    }
    assert got == {
        "downloadExport": ("text/csv", "bytes"),
        "getEvents": ("text/event-stream", "str"),
        "getRaw": ("application/xml", "bytes"),
        "putRaw": ("application/json", "any"),
    }


def test_path_parameters_normalised_per_collection() -> None:
    description = api("params")
    paths = {op.operation_id: op.path for op in description.operations}
    assert paths == {
        "getCart": "/carts/{cart_id}",
        "getCartMetafield": "/carts/{cart_id}/metafields/{metafield_id}",
        "deletePromotion": "/promotions/{promotion_id}",
        "getPromotionCodes": "/promotions/{promotion_id}/codes",
        "getWidget": "/widgets/{uuid}",
    }
    for op in description.operations:
        in_path = re.findall(r"\{([^}]+)\}", op.path)
        assert in_path == [p.name for p in op.params if p.location == "path"]
        assert all(p.required for p in op.params if p.location == "path")
    assert snake("cartId") == "cart_id"
    assert snake("customerID") == "customer_id"
    assert snake("template-name") == "template_name"


def test_query_parameters() -> None:
    description = api("params")
    cart = operation(description, "getCart")
    # path-level `include` replaced by the operation's; header and cookie parameters dropped
    assert [(p.name, p.location, p.type, p.required, p.enum) for p in cart.params] == [
        ("cart_id", "path", "str", True, ()),
        ("include", "query", "str", True, ("line_items", "options")),
    ]
    codes = operation(description, "getPromotionCodes")
    got = [(p.name, p.type, p.enum, p.comma_joined) for p in codes.params if p.location == "query"]
    assert got == [
        ("id:in", "list[int]", (), True),  # style form, explode false
        ("status:in", "list[str]", ("active", "inactive"), False),  # explode true
        ("code:in", "list[str]", (), False),  # OpenAPI's default for form: explode
        ("date_modified:min", "datetime", (), True),
        ("page", "int", (), True),  # the first of two duplicates
    ]
    assert operation(description, "getWidget").deprecated
    assert not operation(description, "getCart").deprecated


def test_no_prose_is_copied() -> None:
    for folder in sorted(p.name for p in FIXTURES.iterdir() if p.is_dir()):
        text = repr(api(folder))
        for document in load_documents(FIXTURES / folder):
            for prose in _prose(document.data):
                assert prose not in text, (folder, prose)


def _prose(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("description", "summary", "title") and isinstance(value, str):
                if " " in value:  # a sentence, not a name that happens to match
                    yield value
            else:
                yield from _prose(value)
    elif isinstance(node, list):
        for item in node:
            yield from _prose(item)


def test_every_fixture_reads_deterministically() -> None:
    for folder in sorted(p.name for p in FIXTURES.iterdir() if p.is_dir()):
        first = read_api(FIXTURES / folder)
        assert first == read_api(FIXTURES / folder)
        assert_types_known(first)


def test_output_does_not_depend_on_hash_seeds() -> None:
    """Set and dict orders must not leak: read all fixtures at once under two hash seeds."""
    script = (
        "import sys; from codegen.openapi.operations import read_api; "
        "print(repr(read_api(sys.argv[1])))"
    )
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            [sys.executable, "-c", script, str(FIXTURES)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].strip() == repr(read_api(FIXTURES))


# -- BigCommerce's documents -------------------------------------------------------------------


@pytest.mark.skipif(not REAL_DOCUMENTS, reason="BIGCOMMERCE_OPENAPI_DIR is not set")
def test_real_documents() -> None:
    assert REAL_DOCUMENTS is not None
    documents = load_documents(REAL_DOCUMENTS)
    description = describe(documents)
    # the payments gateway's operations are read like v3's, under their own server
    versions = Counter(
        op.version if op.server == "api" else op.server for op in description.operations
    )
    # counted straight from the documents: every method of every path of a management document
    # (or of the payments gateway's)
    documented = Counter(
        doc.kind
        for doc in documents
        if doc.management or doc.kind == "payments"
        for item in (doc.data.get("paths") or {}).values()
        if isinstance(item, dict)
        for method, entry in item.items()
        if method in ("get", "post", "put", "delete", "patch") and isinstance(entry, dict)
    )
    assert versions == documented
    assert_types_known(description)
    paged = [op for op in description.operations for r in op.responses if r.pagination != "none"]
    assert paged, "no paginated list at all"
    for op in paged:  # a page is a GET answering a list (in an envelope, but for v2 `page`)
        main = next(r for r in op.responses if r.pagination != "none")
        assert op.method == "GET" and str(main.data_type or main.type).startswith("list[")
        assert (main.data_type is None) == (main.pagination == "page"), op.operation_id
    assert all(e.reason for e in description.excluded)
    keys = [(op.version, op.path, op.method) for op in description.operations]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)
    assert describe(documents) == description  # parsing YAML twice would only cost time

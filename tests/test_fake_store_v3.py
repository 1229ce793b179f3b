"""The fake store's v3 conventions over real HTTP: envelopes, offset and cursor pages, parents and
cascading deletes, batches, filter operators, singletons, streams, 404, 405 and 422, and the
imported v2 operations that share the old client's objects."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests

from bigcommerce.api import BigcommerceApi
from bigcommerce.exception import (
    NotFoundException,
    ServerException,
    UnauthorizedException,
    UnprocessableEntityException,
)
from bigcommerce.testing import FakeStore, Faults
from bigcommerce.testing.responses import ERROR_TYPE
from bigcommerce.testing.route_types import RouteFilter
from bigcommerce.testing.routes import NODE_ROUTES

from .operation_picks import require

CHAIR: Any = {"name": "Chair", "type": "physical", "weight": 4, "price": 49.5, "categories": [1]}


@pytest.fixture(scope="module")
def running() -> Iterator[FakeStore]:
    with FakeStore() as store:
        yield store


@pytest.fixture
def store(running: FakeStore) -> FakeStore:
    """The module's store, emptied for each test."""
    running.state.clear()
    running.set_faults()
    return running


@pytest.fixture
def api(store: FakeStore) -> BigcommerceApi:
    return store.client(oauth=True, max_retries=0)


def raw(
    store: FakeStore, method: str, path: str, *, json_type: bool = False, **kwargs: Any
) -> requests.Response:
    """A request with OAuth headers to `{store}/stores/{hash}/v3/{path}`, no client in between
    (`json_type`: with a JSON Content-Type, whatever the body)."""
    headers = {"X-Auth-Client": store.client_id, "X-Auth-Token": store.access_token}
    if json_type:
        headers["Content-Type"] = "application/json"
    url = f"{store.url}/stores/{store.store_hash}/v3/{path}"
    return requests.request(method, url, headers=headers, timeout=5, **kwargs)


def seed_many(store: FakeStore, template: str, count: int) -> list[str]:
    return [
        store.state.nodes.seed("v3", template, values={"name": f"item {n:03d}"})
        for n in range(count)
    ]


# The route table.


def test_the_route_table_describes_each_imported_operation() -> None:
    by_id = {route.operation_id: route for route in NODE_ROUTES}
    batch = by_id["updateProducts"]
    assert (batch.version, batch.node, batch.verb, batch.method, batch.path) == (
        "v3",
        "catalog.products",
        "update_many",
        "PUT",
        "catalog/products",
    )
    assert (batch.body, batch.body_type, batch.batch_limit) == (
        "list",
        "list[ProductUpdateManyItem]",
        10,
    )
    assert (batch.result, batch.result_type, batch.envelope) == ("list", "list[V3Product]", True)
    listing = by_id["getProducts"]
    assert listing.pagination == "offset"
    assert RouteFilter("id:in", "list[int]") in listing.query
    assert RouteFilter("name", "str", required=True) in by_id["deleteBrands"].query
    upload = by_id["createBrandImage"]
    assert upload.multipart and upload.params == (("brand_id", "int"),)
    assert by_id["getOrderMetafields"].unscoped_path == "orders/metafields"
    assert by_id["getRedirectExportDownload"].result == "bytes"
    assert by_id["getRedirectExportEvents"].result == "lines"
    require("v2", "GET", "/banners/count")  # older documents may lack it
    assert (by_id["getBannersCount"].version, by_id["getBannersCount"].node) == ("v2", "v2.banners")


# Envelopes and pages.


def test_a_created_object_comes_back_in_an_envelope_with_an_id(store: FakeStore) -> None:
    answer = raw(store, "POST", "catalog/products", json=CHAIR)
    assert answer.status_code == 200
    body = answer.json()
    assert set(body) == {"data", "meta"}
    assert body["data"]["id"] == 1 and body["data"]["name"] == "Chair"
    assert body["data"]["date_created"].startswith("20")  # ISO 8601, as v3 sends it
    assert raw(store, "GET", "catalog/products/1").json()["data"]["price"] == 49.5


def test_offset_pages_carry_meta_pagination(store: FakeStore) -> None:
    seed_many(store, "catalog/brands", 120)
    page = raw(store, "GET", "catalog/brands", params={"page": 2}).json()
    assert [b["id"] for b in page["data"]] == list(range(51, 101))
    assert page["meta"]["pagination"] == {
        "total": 120,
        "count": 50,
        "per_page": 50,
        "current_page": 2,
        "total_pages": 3,
        "links": {
            "current": "?page=2&limit=50",
            "previous": "?page=1&limit=50",
            "next": "?page=3&limit=50",
        },
    }
    too_many = raw(store, "GET", "catalog/brands", params={"limit": 251})
    assert too_many.status_code == 422
    assert "limit" in too_many.json()["errors"]


def test_iterall_pages_through_600_objects_in_order(store: FakeStore, api: BigcommerceApi) -> None:
    ids = [int(key) for key in seed_many(store, "catalog/brands", 600)]
    seen = [brand.id for brand in api.catalog.brands.iterall()]
    assert seen == ids
    assert len(set(seen)) == 600


def test_cursor_pages_follow_end_cursors(store: FakeStore, api: BigcommerceApi) -> None:
    require("v3", "GET", "/infrastructure/projects")
    uuids = seed_many(store, "infrastructure/projects", 600)
    assert [p.uuid for p in api.infrastructure.projects.iterall()] == uuids
    first = raw(store, "GET", "infrastructure/projects", params={"limit": 250}).json()
    cursor = first["meta"]["cursor_pagination"]
    assert (cursor["count"], cursor["per_page"]) == (250, 250)
    assert "previous" not in cursor["links"]
    second = raw(store, "GET", "infrastructure/projects", params={"after": cursor["end_cursor"]})
    assert [p["uuid"] for p in second.json()["data"]] == uuids[250:300]
    before = second.json()["meta"]["cursor_pagination"]["start_cursor"]
    back = raw(store, "GET", "infrastructure/projects", params={"before": before, "limit": 3})
    assert [p["uuid"] for p in back.json()["data"]] == uuids[247:250]
    links = back.json()["meta"]["cursor_pagination"]["links"]
    assert set(links) == {"previous", "next"}
    bad = raw(store, "GET", "infrastructure/projects", params={"after": "not-a-cursor"})
    assert bad.status_code == 400


def test_routes_with_both_kinds_of_page_go_on_by_page_or_by_cursor(store: FakeStore) -> None:
    ids = [int(key) for key in seed_many(store, "customers", 5)]
    first = raw(store, "GET", "customers", params={"limit": 2}).json()
    assert first["meta"]["pagination"]["total_pages"] == 3
    cursor = first["meta"]["cursor_pagination"]
    assert cursor["links"]["next"] == f"?after={cursor['end_cursor']}&limit=2"
    after = raw(store, "GET", "customers", params={"limit": 2, "after": cursor["end_cursor"]})
    assert [c["id"] for c in after.json()["data"]] == ids[2:4]
    assert set(after.json()["meta"]) == {"cursor_pagination"}


# Parents, scoping and cascading deletes.


def test_subresources_belong_to_their_parent(store: FakeStore, api: BigcommerceApi) -> None:
    oak = api.catalog.products.create(CHAIR)
    pine = api.catalog.products.create({**CHAIR, "name": "Pine"})
    assert oak.id is not None and pine.id is not None
    mine = api.catalog.products.images.create(oak.id, {"image_url": "https://x/oak.png"})
    theirs = api.catalog.products.images.create(pine.id, {"image_url": "https://x/pine.png"})
    assert mine.id == 1 and theirs.id == 2  # ids are counted per collection, across parents
    assert mine.product_id == oak.id
    assert [i.id for i in api.catalog.products.images.all(oak.id)] == [mine.id]
    with pytest.raises(NotFoundException):
        api.catalog.products.images.get(oak.id, theirs.id)  # not under this product
    with pytest.raises(NotFoundException):
        api.catalog.products.images.all(999)  # no such product


def test_deleting_a_parent_deletes_what_is_below_it(store: FakeStore, api: BigcommerceApi) -> None:
    oak = api.catalog.products.create(CHAIR)
    pine = api.catalog.products.create({**CHAIR, "name": "Pine"})
    assert oak.id is not None and pine.id is not None
    field = {"permission_set": "app_only", "namespace": "n", "key": "k", "value": "v"}
    for product in (oak, pine):
        api.catalog.products.images.create(product.id, {"image_url": "https://x/y.png"})
        api.catalog.products.metafields.create(product.id, field)
        option = api.catalog.products.modifiers.create(
            product.id, {"type": "text", "required": False, "display_name": "Engraving"}
        )
        assert option.id is not None
        api.catalog.products.modifiers.values.create(
            product.id, option.id, {"label": "Yes", "sort_order": 1}
        )
    assert len(api.catalog.products.metafields.all()) == 2  # across every product
    api.catalog.products.delete(oak.id)
    assert [m.resource_id for m in api.catalog.products.metafields.all()] == [pine.id]
    assert len(api.catalog.products.images.all(pine.id)) == 1
    with pytest.raises(NotFoundException):
        api.catalog.products.images.all(oak.id)
    nodes = store.state.nodes
    values = nodes.schema.collection("v3", "catalog/products/{}/modifiers/{}/values")
    assert values is not None
    assert [
        scope[0] for scope in (nodes.scope_of(values, k) for k, _o in nodes.find(values, ()))
    ] == [str(pine.id)]


def test_batches_name_their_parents_in_the_items(store: FakeStore, api: BigcommerceApi) -> None:
    product = api.catalog.products.create(CHAIR)
    assert product.id is not None
    item = {"permission_set": "app_only", "namespace": "n", "value": "v", "resource_id": product.id}
    made = api.catalog.products.metafields.create_many([{**item, "key": "a"}, {**item, "key": "b"}])
    mine = api.catalog.products.metafields.all(product.id)
    assert [m.key for m in mine] == ["a", "b"]
    with pytest.raises(UnprocessableEntityException):
        api.catalog.products.metafields.create_many([{**item, "key": "c", "resource_id": 404}])
    assert api.catalog.products.metafields.delete_many([made[0].id or 0]) == [made[0].id]
    assert [m.key for m in api.catalog.products.metafields.all()] == ["b"]


# Batches.


def test_create_update_and_delete_many(store: FakeStore, api: BigcommerceApi) -> None:
    people: Any = [
        {"email": f"p{n}@example.com", "first_name": f"P{n}", "last_name": "Q"} for n in range(12)
    ]
    created = api.customers.create_many(people)  # two requests: ten at most per batch
    assert [c.id for c in created] == list(range(1, 13))
    changed = api.customers.update_many([{"id": c.id or 0, "last_name": "R"} for c in created])
    assert {c.last_name for c in changed} == {"R"}
    assert {c.last_name for c in api.customers.all()} == {"R"}
    with pytest.raises(UnprocessableEntityException) as refused:
        api.customers.update_many([{"id": 99, "last_name": "S"}])
    assert "0.id" in refused.value.response.json()["errors"]
    api.customers.delete_many(id__in=[1, 2, 3])
    assert [c.id for c in api.customers.all()] == list(range(4, 13))
    missing = raw(store, "DELETE", "customers")
    assert missing.status_code == 422  # a filter is required


def test_batches_longer_than_the_limit_are_applied_whole(
    store: FakeStore, api: BigcommerceApi
) -> None:
    ids = [api.catalog.products.create({**CHAIR, "name": f"P{n}"}).id for n in range(23)]
    api.catalog.products.update_many([{"id": i or 0, "price": 5.0} for i in ids])
    assert {p.price for p in api.catalog.products.iterall()} == {5.0}


def test_upsert_changes_known_objects_and_adds_the_others(
    store: FakeStore, api: BigcommerceApi
) -> None:
    trees = api.catalog.trees.upsert([{"name": "Main", "channels": [1]}])
    assert trees[0].id == 1
    api.catalog.trees.upsert([{"id": 1, "name": "Renamed", "channels": [1]}, {"name": "Other"}])
    assert [t.name for t in api.catalog.trees.all()] == ["Renamed", "Other"]


# Filters.


def test_filter_operators(store: FakeStore, api: BigcommerceApi) -> None:
    for name in ("Oak", "Pine", "Birch", "Oakley", "Elm"):
        api.catalog.brands.create({"name": name})
    brands = api.catalog.brands

    def ids(**query: Any) -> list[int | None]:
        return [b.id for b in brands.all(**query)]

    assert ids(name="Pine") == [2]
    assert ids(id__in=[1, 3]) == [1, 3]
    assert ids(id__not_in=[1, 3]) == [2, 4, 5]
    assert ids(id__min=[4]) == [4, 5]
    assert ids(id__max=[2]) == [1, 2]
    assert ids(id__greater=[3]) == [4, 5]
    assert ids(id__less=[3]) == [1, 2]
    assert ids(name__like="oak") == [1, 4]
    assert [b.name for b in brands.all(sort="name")] == ["Birch", "Elm", "Oak", "Oakley", "Pine"]
    assert brands.all(include_fields=["name"])[0].model_dump(exclude_none=True) == {
        "id": 1,
        "name": "Oak",
    }
    assert "page_title" not in brands.all(exclude_fields=["page_title"])[0].model_dump(
        exclude_unset=True
    )
    assert raw(store, "GET", "catalog/brands", params={"id:in": "1,x"}).status_code == 400


def test_dates_filter_in_iso_8601(store: FakeStore, api: BigcommerceApi) -> None:
    api.catalog.products.create(CHAIR)
    assert len(api.catalog.products.all(date_modified__min="2000-01-01")) == 1
    assert api.catalog.products.all(date_modified__max="2000-01-01") == []


# Errors.


def test_unknown_ids_are_404(store: FakeStore, api: BigcommerceApi) -> None:
    with pytest.raises(NotFoundException):
        api.catalog.brands.get(7)
    with pytest.raises(NotFoundException):
        api.catalog.brands.update(7, {"name": "x"})
    with pytest.raises(NotFoundException):
        api.catalog.brands.delete(7)
    assert raw(store, "GET", "catalog/nothing-here").status_code == 404
    wrong = raw(store, "PATCH", "catalog/brands")
    assert wrong.status_code == 405 and wrong.headers["Allow"] == "DELETE, GET, POST"


def test_bodies_with_unknown_fields_are_422_and_change_nothing(store: FakeStore) -> None:
    answer = raw(store, "POST", "catalog/brands", json={"name": "Oak", "colour": "red"})
    assert answer.status_code == 422
    assert answer.json() == {
        "status": 422,
        "title": "The request payload failed validation",
        "type": ERROR_TYPE,
        "errors": {"colour": "is not a field of this object"},
    }
    assert raw(store, "GET", "catalog/brands").json()["data"] == []
    missing = raw(store, "POST", "catalog/products", json={"name": "Chair"})
    assert missing.status_code == 422
    assert set(missing.json()["errors"]) >= {"type", "weight", "price"}
    batch = raw(store, "POST", "customers", json=[{"email": "a@b.c", "first_name": 1}])
    assert batch.status_code == 422 and "0.first_name" in batch.json()["errors"]
    assert raw(store, "POST", "catalog/brands", data=b"{", json_type=True).status_code == 400


def test_v3_needs_oauth_credentials(store: FakeStore) -> None:
    answer = requests.get(f"{store.url}/stores/{store.store_hash}/v3/catalog/brands", timeout=5)
    assert answer.status_code == 401
    with pytest.raises(UnauthorizedException):
        BigcommerceApi(
            client_id="someone", store_hash=store.store_hash, access_token="else", host=store.url
        ).catalog.brands.all()


# Singletons, actions and streams.


def test_settings_are_one_object_that_updates_keep(store: FakeStore, api: BigcommerceApi) -> None:
    profile = api.settings.store.profile.get()
    assert profile.store_name  # filled with sample values
    api.settings.store.profile.update({"store_name": "My shop"})
    assert api.settings.store.profile.get().store_name == "My shop"
    api.channels.create({"name": "Web", "type": "storefront", "platform": "bigcommerce"})
    site = api.channels.site.create(1, {"url": "https://shop.example.com"})
    assert site.url == "https://shop.example.com"
    assert api.channels.site.get(1).url == "https://shop.example.com"
    with pytest.raises(NotFoundException):
        api.channels.site.get(2)  # no such channel


def test_csv_and_event_streams(store: FakeStore, api: BigcommerceApi) -> None:
    job = api.storefront.redirects.imex.export.create({})
    assert job.id
    download = raw(store, "GET", f"storefront/redirects/imex/export/{job.id}/download")
    assert download.headers["Content-Type"].startswith("text/csv")
    assert api.storefront.redirects.imex.export.download.get(job.id).startswith(b"id,")
    events = list(api.storefront.redirects.imex.export.events.get(job.id))
    assert events[0] == "event: message"


def test_uploads_are_read_as_multipart_forms(store: FakeStore, api: BigcommerceApi) -> None:
    brand = api.catalog.brands.create({"name": "Oak"})
    assert brand.id is not None
    image = api.catalog.brands.image.create(brand.id, {"image_file": b"\x89PNG..."})
    assert image["image_file"] == "https://cdn.example.com/uploads/image_file"
    refused = raw(store, "POST", f"catalog/brands/{brand.id}/image", files={"logo": b"x"})
    assert refused.status_code == 422 and "logo" in refused.json()["errors"]


# The imported v2 operations and fault injection.


def test_imported_v2_counts_see_the_old_resources(store: FakeStore, api: BigcommerceApi) -> None:
    needed = (("POST", "/banners"), ("GET", "/banners/count"), ("POST", "/shipping/zones"))
    for method, path in needed:
        require("v2", method, path)
    for n in range(3):
        api.Banners.create(
            name=f"B{n}", content="c", page="home_page", location="top", date_type="always"
        )
    assert api.v2.banners.count().count == 3
    zone = api.v2.shipping.zones.create({"name": "Europe", "type": "country"})
    assert zone.id == 1 and [z.name for z in api.v2.shipping.zones.all()] == ["Europe"]


def test_faults_are_configured_by_node_and_verb(store: FakeStore, api: BigcommerceApi) -> None:
    store.set_faults(route_faults={"catalog.brands.all": Faults(error_rate=1.0)})
    with pytest.raises(ServerException):
        api.catalog.brands.all()
    assert api.catalog.categories.all() == []

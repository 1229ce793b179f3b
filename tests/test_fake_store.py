"""The fake store's own behaviour over real HTTP: paging, filters, scoping, auth, errors, limits,
seeding and the ways to start it (context manager, command line, pytest plugin)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from bigcommerce.api import BigcommerceApi
from bigcommerce.exception import (
    BadRequestException,
    ClientRequestException,
    ForbiddenException,
    NotFoundException,
    RateLimitingException,
    UnauthorizedException,
    UnprocessableEntityException,
)
from bigcommerce.testing import Credentials, FakeStore, RateLimit, Schema, load_fixtures
from bigcommerce.testing.route_types import ModelField, Route, RouteFilter
from bigcommerce.testing.routes import ROUTES

pytest_plugins = ["pytester", "bigcommerce.testing.pytest_plugin"]

LIMIT_HEADERS = (
    "X-Rate-Limit-Requests-Left",
    "X-Rate-Limit-Requests-Quota",
    "X-Rate-Limit-Time-Reset-Ms",
    "X-Rate-Limit-Time-Window-Ms",
)
CHAIR = {
    "name": "Oak Chair",
    "type": "physical",
    "price": "49.50",
    "weight": 4,
    "categories": [1],
    "availability": "available",
}


@pytest.fixture(scope="module")
def demo() -> Iterator[FakeStore]:
    """One demo store for the tests that only read."""
    with FakeStore(seed_demo=True) as store:
        yield store


@pytest.fixture
def store() -> Iterator[FakeStore]:
    with FakeStore() as fresh:
        yield fresh


def raw(store: FakeStore, method: str, path: str, **kwargs: Any) -> requests.Response:
    """A request with basic auth to `{store}/api/v2/{path}`, no client in between."""
    kwargs.setdefault("auth", store.basic_auth)
    return requests.request(method, f"{store.url}/api/v2/{path}", timeout=5, **kwargs)


def create_chair(api: BigcommerceApi, **changes: Any) -> Any:
    return api.Products.create(**{**CHAIR, **changes})


# Objects and filters.


def test_create_then_find_with_a_filter(store: FakeStore) -> None:
    api = store.client()
    created = create_chair(api)
    create_chair(api, name="Pine Table", price="120")
    assert created.id == 1 and created.price == "49.5000"
    assert created.date_created  # read-only fields are filled
    found = api.Products.all(name="Oak Chair")
    assert [p.id for p in found] == [created.id]
    assert [p.name for p in api.Products.all(min_price="100")] == ["Pine Table"]
    assert [p.name for p in api.Products.all(max_price=50)] == ["Oak Chair"]
    assert api.Products.count(min_id=2) == 1


def test_page_through_600_seeded_products_in_order(demo: FakeStore) -> None:
    api = demo.client()
    ids = [p.id for p in api.Products.iterall()]
    assert len(ids) >= 600
    assert ids == sorted(set(ids))  # in order, none repeated
    assert ids == demo.state.ids("Products")  # none missing
    assert api.Products.count() == len(ids)


def test_paging_defaults_limits_and_empty_pages(demo: FakeStore) -> None:
    api = demo.client()
    assert len(api.Products.all()) == 50
    assert [p.id for p in api.Products.all(page=2, limit=3)] == [4, 5, 6]
    assert api.Products.all(page=1000) == []
    assert raw(demo, "GET", "products", params={"page": 1000}).status_code == 204
    too_big = raw(demo, "GET", "products", params={"limit": 251})
    assert too_big.status_code == 413
    assert too_big.json()["errors"] == {"limit": "the largest page is 250 objects"}
    with pytest.raises(BadRequestException):
        api.connection.get("products", page=0)


def test_filters_compare_by_type(demo: FakeStore) -> None:
    api = demo.client()
    state = demo.state.find(demo.state.schema.route("Products"))
    visible = [p["id"] for p in state if p["is_visible"]]
    assert [p.id for p in api.Products.iterall(is_visible=True)] == visible
    cheap = [p["id"] for p in state if float(p["price"]) <= 100]
    assert [p.id for p in api.Products.iterall(max_price=100)] == cheap
    third = state[2]["date_created"]
    assert api.Products.count(max_date_created=third) == 3  # dates compare as dates
    in_category = [p["id"] for p in state if 3 in p["categories"]]
    assert [p.id for p in api.Products.iterall(category=3)] == in_category
    assert api.Products.all(keyword_filter=state[0]["name"].upper())[0].id == 1
    with pytest.raises(BadRequestException):
        api.connection.get("products", min_id="abc")


def test_colon_filters_and_sorting() -> None:
    """On a hand-made schema: `name:like`, `:min`/`:max`, `:in`, and `sort`/`direction`."""
    models = {
        "Group": (
            ModelField("id", "int", read_only=True),
            ModelField("name", "str"),
            ModelField("joined", "datetime"),
        )
    }
    filters = (
        RouteFilter("name:like", "str"),
        RouteFilter("joined:min", "datetime"),
        RouteFilter("id:in", "int"),
        RouteFilter("sort", "str"),
        RouteFilter("direction", "str", enum=("asc", "desc")),
    )
    groups = Route("Groups", "v2", "groups", "Group", ("all", "count"), filters=filters)
    fixtures = {
        "Groups": [
            {"name": "Retail", "joined": "2024-03-01T00:00:00"},
            {"name": "Wholesale", "joined": "2024-01-01T00:00:00"},
            {"name": "VIP retail", "joined": "2024-02-01T00:00:00"},
        ]
    }
    with FakeStore(schema=Schema([groups], models), fixtures=fixtures) as store:

        def names(**query: Any) -> list[str]:
            answer = raw(store, "GET", "groups", params=query)
            return [g["name"] for g in answer.json()] if answer.status_code == 200 else []

        assert names(**{"name:like": "RETAIL"}) == ["Retail", "VIP retail"]
        assert names(**{"joined:min": "2024-02-01"}) == ["Retail", "VIP retail"]
        assert names(**{"id:in": "1,2"}) == ["Retail", "Wholesale"]
        assert names(sort="joined") == ["Wholesale", "VIP retail", "Retail"]
        assert names(sort="name", direction="desc") == ["Wholesale", "VIP retail", "Retail"]
        assert raw(store, "GET", "groups", params={"sort": "colour"}).status_code == 400


# Subresources and singletons.


def test_subresources_are_scoped_to_their_parent(store: FakeStore) -> None:
    api = store.client()
    first, second = create_chair(api), create_chair(api, name="Stool")
    colour = api.ProductCustomFields.create(first.id, name="colour", text="oak")
    size = api.ProductCustomFields.create(second.id, name="size", text="small")
    assert (colour.id, size.id) == (1, 2)  # ids per resource, across parents
    assert [f.name for f in api.Products.get(first.id).custom_fields()] == ["colour"]
    assert api.ProductCustomFields.count(second.id) == 1
    assert api.ProductCustomFields.count() == 2  # GET products/custom_fields/count
    assert [f.id for f in api.ProductCustomFields.all()] == [1, 2]  # across parents
    with pytest.raises(NotFoundException):
        api.ProductCustomFields.get(second.id, colour.id)
    with pytest.raises(NotFoundException):
        api.ProductCustomFields.all(999)
    updated = api.ProductCustomFields.get(first.id, colour.id).update(text="walnut")
    assert (updated.text, updated.product_id) == ("walnut", first.id)


def test_deleting_a_parent_deletes_its_children(store: FakeStore) -> None:
    api = store.client()
    chair = create_chair(api)
    api.ProductCustomFields.create(chair.id, name="colour", text="oak")
    api.ProductImages.create(chair.id, image_file="chair.jpg")
    chair.delete()
    assert api.ProductCustomFields.count() == 0
    assert store.state.ids("ProductImages") == []
    with pytest.raises(NotFoundException):
        api.Products.get(chair.id)


def test_links_point_at_subresources(demo: FakeStore) -> None:
    product = demo.client().Products.get(1)
    # Links are plain dicts (a dozen per product), as the old client returned them.
    link = product.custom_fields_
    assert type(link) is dict and link == product["custom_fields"]
    assert link["resource"] == "/products/1/custom_fields"
    assert link["url"] == f"{demo.url}/api/v2/products/1/custom_fields.json"


def test_singletons_and_unpaginated_lists(demo: FakeStore) -> None:
    api = demo.client()
    assert api.Store.all().name
    assert isinstance(api.Time.all().time, int)
    statuses = api.OrderStatuses.all()
    assert len(statuses) == len(list(api.OrderStatuses.iterall())) > 0


def test_methods_a_route_lacks_get_405(demo: FakeStore) -> None:
    answer = raw(demo, "POST", "order_statuses", json={"name": "x"})
    assert answer.status_code == 405
    assert answer.headers["Allow"] == "GET"


# Errors.


def test_unknown_ids_and_paths_get_404(store: FakeStore) -> None:
    api = store.client()
    with pytest.raises(NotFoundException):
        api.Products.get(12345)
    with pytest.raises(NotFoundException):
        api.connection.get("no_such_resource")
    with pytest.raises(NotFoundException):
        api.Products.delete(12345)
    assert requests.get(f"{store.url}/elsewhere", timeout=5).status_code == 404


def test_validation_errors_get_422_with_bigcommerce_body(store: FakeStore) -> None:
    api = store.client()
    with pytest.raises(UnprocessableEntityException) as unknown:
        api.connection.create("products", {**CHAIR, "colour": "red", "id": 4})
    body = unknown.value.body
    assert set(body) == {"status", "title", "type", "errors"}
    assert body["status"] == 422
    assert body["errors"] == {"colour": "is not a field of this object", "id": "is read-only"}
    with pytest.raises(UnprocessableEntityException) as missing:
        api.connection.create("products", {"name": "Lamp", "price": "not money"})
    errors = missing.value.errors
    assert errors["type"] == "is required to create"
    assert errors["price"] == "must be of type decimal"
    with pytest.raises(UnprocessableEntityException):
        api.connection.create("products", {**CHAIR, "type": "imaginary"})  # outside the enum
    json_type = {"Content-Type": "application/json"}
    assert raw(store, "POST", "products", data=b"{not json", headers=json_type).status_code == 400


def test_credentials_are_checked(store: FakeStore, monkeypatch: pytest.MonkeyPatch) -> None:
    answer = requests.get(f"{store.url}/api/v2/products", timeout=5)
    assert answer.status_code == 401
    assert answer.json()["status"] == 401
    assert all(h in answer.headers for h in LIMIT_HEADERS)
    with pytest.raises(UnauthorizedException):
        BigcommerceApi(host=store.url, basic_auth=("admin", "wrong")).Products.all()
    monkeypatch.setenv("BC_API_ENDPOINT", store.url)
    oauth = BigcommerceApi(
        client_id=store.client_id, store_hash=store.store_hash, access_token=store.access_token
    )
    assert oauth.Products.all() == []
    other_store = BigcommerceApi(
        client_id=store.client_id, store_hash="another", access_token=store.access_token
    )
    with pytest.raises(ForbiddenException):
        other_store.Products.all()
    wrong_token = BigcommerceApi(
        client_id=store.client_id, store_hash=store.store_hash, access_token="stolen"
    )
    with pytest.raises(UnauthorizedException):
        wrong_token.Products.all()


def test_custom_credentials() -> None:
    creds = Credentials(store_hash="s1", username="me", basic_token="t")
    with FakeStore(credentials=creds) as store:
        assert store.client().Products.count() == 0
        assert store.client(oauth=True).Products.count() == 0


# Rate limits.


def test_rate_limit_headers_on_every_response(store: FakeStore) -> None:
    store.set_rate_limit(100, 30_000)
    first = raw(store, "GET", "products")
    second = raw(store, "GET", "products/77")
    assert second.status_code == 404
    assert first.headers["X-Rate-Limit-Requests-Quota"] == "100"
    assert first.headers["X-Rate-Limit-Time-Window-Ms"] == "30000"
    assert int(first.headers["X-Rate-Limit-Requests-Left"]) == 99
    assert int(second.headers["X-Rate-Limit-Requests-Left"]) == 98
    assert 0 < int(second.headers["X-Rate-Limit-Time-Reset-Ms"]) <= 30_000


def test_429_when_the_quota_is_spent_then_the_client_waits(store: FakeStore) -> None:
    store.set_rate_limit(3, 300)
    impatient = store.client(max_retries=0)
    for _ in range(3):
        impatient.Products.count()
    assert impatient.connection.rate_limit["requests_remaining"] == 0
    with pytest.raises(RateLimitingException) as exc:
        impatient.Products.count()
    assert exc.value.body["status"] == 429
    assert 0 < exc.value.retry_after <= 0.3
    patient = store.client()  # waits X-Rate-Limit-Time-Reset-Ms, then retries
    started = time.monotonic()
    assert patient.Products.count() == 0
    assert time.monotonic() - started < 2


def test_rate_limit_validation() -> None:
    with pytest.raises(ValueError):
        RateLimit(0, 1000)


# Seeding.


def test_fixtures_from_json_and_yaml(tmp_path: Path) -> None:
    data = {
        "Products": [{"id": 7, **CHAIR}],
        "ProductCustomFields": [{"product_id": 7, "name": "colour", "text": "oak"}],
        "Store": {"name": "Fixture Shop"},
    }
    json_file = tmp_path / "shop.json"
    json_file.write_text(json.dumps(data))
    yaml_file = tmp_path / "shop.yaml"
    yaml_file.write_text(
        "Products:\n  - {id: 3, name: Lamp, type: physical, price: '5', weight: 1}\n"
    )
    with FakeStore(fixtures=json_file) as store:
        api = store.client()
        assert api.Products.get(7).custom_fields()[0].text == "oak"
        shop = api.Store.all()
        assert shop.name == "Fixture Shop"
        assert sum(1 for v in shop.model_dump().values() if v) > 1  # the rest keep their values
        assert create_chair(api).id == 8  # ids continue after the fixtures'
    with FakeStore(fixtures=yaml_file) as store:
        assert store.client().Products.get(3).price == "5.0000"


def test_bad_fixtures_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown resources: Nope"):
        FakeStore(fixtures={"Nope": []})
    with pytest.raises(ValueError, match="no fields colour"):
        FakeStore(fixtures={"Products": [{"colour": "red"}]})
    with FakeStore() as store, pytest.raises(ValueError, match="product_id"):
        load_fixtures(store.state, {"ProductCustomFields": [{"name": "x", "text": "y"}]})


def test_demo_seed_fills_every_route(demo: FakeStore) -> None:
    empty = [
        r.class_name
        for r in ROUTES
        if r.pagination != "singleton" and not demo.state.ids(r.class_name)
    ]
    assert empty == []
    first = demo.client().Products.get(1)
    assert len(first.custom_fields()) >= 2
    assert demo.client().ProductImages.all(1)


# Entry points.


def test_pytest_plugin_as_users_enable_it(pytester: pytest.Pytester) -> None:
    pytester.makeconftest('pytest_plugins = ["bigcommerce.testing.pytest_plugin"]')
    pytester.makepyfile(
        """
        import pytest
        from bigcommerce.testing import RateLimit

        @pytest.mark.fake_store(rate_limit=RateLimit(5, 1000))
        def test_marker_configures_the_store(fake_store, fake_store_api):
            assert fake_store_api.Products.count() == 0
            assert fake_store_api.connection.rate_limit["requests_quota"] == 5

        def test_each_test_gets_a_new_store(fake_store_api):
            assert fake_store_api.Products.count() == 0
        """
    )
    pytester.runpytest_inprocess("-W", "error::pytest.PytestUnknownMarkWarning").assert_outcomes(
        passed=2
    )


def test_pytest_plugin_oauth_fixture(fake_store_oauth_api: BigcommerceApi) -> None:
    assert fake_store_oauth_api.Products.all() == []


def test_command_line_serve() -> None:
    command = [sys.executable, "-m", "bigcommerce.testing", "serve", "--port", "0"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        url = first.rsplit(" ", 1)[-1].strip()
        assert url.startswith("http://127.0.0.1:")
        printed = first + "".join(process.stdout.readline() for _ in range(4))
        assert f"BC_API_ENDPOINT={url}" in printed
        api = BigcommerceApi(host=url, basic_auth=Credentials().basic_auth)
        assert api.Time.all().time is not None
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_stop_frees_the_port() -> None:
    store = FakeStore().start()
    url = store.url
    store.stop()
    with pytest.raises(requests.ConnectionError):
        requests.get(url, timeout=2)
    with pytest.raises(RuntimeError):
        _ = store.url


def test_client_errors_stay_client_errors(store: FakeStore) -> None:
    with pytest.raises(ClientRequestException):
        store.client().Products.get(1)


def test_delete_all_deletes_only_what_its_documented_filter_selects(store: FakeStore) -> None:
    api = store.client(strict=True)  # `id:in` is documented for DELETE /v2/coupons
    applies_to = {"entity": "categories", "ids": [0]}
    common = {"type": "per_item_discount", "amount": "5", "applies_to": applies_to}
    ids = [api.Coupons.create(name=f"c{n}", code=f"C{n}", **common).id for n in range(3)]
    assert api.Coupons.delete_all(id__in=ids[:2]) == {}
    assert [c.id for c in api.Coupons.all()] == ids[2:]
    api.Coupons.delete_all()  # no filter: every coupon, as the old client meant
    assert api.Coupons.count() == 0

"""A walk through the client against the fake store (`make demo` runs it).

Starts a fake BigCommerce store with the demo catalog on a free port, then connects, lists with
filters, pages through everything, creates, updates, reaches subresources, counts, deletes, meets
errors and waits out the rate limit, printing each step. Needs no store account and no network.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

import bigcommerce
from bigcommerce.api import BigcommerceApi
from bigcommerce.exception import NotFoundException, UnprocessableEntityException
from bigcommerce.testing import FakeStore


def step(title: str) -> None:
    print(f"\n== {title}")


def show(label: str, value: Any) -> None:
    print(f"   {label}: {value}")


def main() -> int:
    print("Starting a fake BigCommerce store with the demo catalog...")
    with FakeStore(seed_demo=True) as store:
        print(f"Serving {store.url} (set BC_API_ENDPOINT={store.url} to use it with OAuth)")
        walk(store)
        print("\nStopping the fake store.")
    print("Done.")
    return 0


def walk(store: FakeStore) -> None:
    step("Connect with basic auth: BigcommerceApi(host=store.url, basic_auth=...)")
    api = BigcommerceApi(host=store.url, basic_auth=store.basic_auth)
    show("store name", api.Store.all().name)

    step("Connect with OAuth, the endpoint taken from BC_API_ENDPOINT")
    os.environ["BC_API_ENDPOINT"] = store.url
    oauth = BigcommerceApi(
        client_id=store.client_id, store_hash=store.store_hash, access_token=store.access_token
    )
    show("requests go to", oauth.connection.full_path("products"))
    show("products (counted over OAuth)", oauth.Products.count())

    step("The current API (v3): oauth.catalog.products, one attribute per path segment")
    desk = oauth.catalog.products.create(
        {"name": "Standing desk", "type": "physical", "weight": 20, "price": 480}
    )
    show("created over v3", f"#{desk.id} {desk.name} at {desk.price}")
    found = oauth.catalog.products.all(name="Standing desk", include_fields=["name", "price"])
    show("found with a v3 filter", [product.id for product in found])
    covered = sum(1 for op in bigcommerce.operations() if op.call)
    show("documented operations with a typed call", covered)

    step("List with filters: Products.all(is_visible=True, min_price=100, limit=5)")
    for product in api.Products.all(is_visible=True, min_price=100, limit=5):
        show(f"#{product.id}", f"{product.name} at {product.price}")

    step("Auto-paginate: Products.iterall() fetches 250 at a time")
    started = time.perf_counter()
    ids = [product.id for product in api.Products.iterall()]
    elapsed = time.perf_counter() - started
    show("products seen", f"{len(ids)} in {elapsed:.2f}s, ids {ids[0]}..{ids[-1]}, none repeated")

    step("Fetch ahead: Products.iterall(limit=50, prefetch=4), up to 4 more pages on the way")
    started = time.perf_counter()
    ahead = [product.id for product in api.Products.iterall(limit=50, prefetch=4)]
    elapsed = time.perf_counter() - started
    show("the same products, in the same order", f"{ahead == ids}, in {elapsed:.2f}s")

    step("Count: Products.count(), Products.count(is_visible=False)")
    show("all", api.Products.count())
    show("hidden", api.Products.count(is_visible=False))

    step("Create: Products.create(name=..., type=..., price=..., ...)")
    chair = api.Products.create(
        name="Walkthrough Chair",
        type="physical",
        price="79.00",
        weight=6,
        categories=[1],
        availability="available",
    )
    show("created", f"#{chair.id} {chair.name} at {chair.price}, added {chair.date_created}")
    show("found by name", [p.id for p in api.Products.all(name="Walkthrough Chair")])

    step("Update: chair.update(price=...) returns the stored object")
    cheaper = chair.update(price="59.00")
    show("price now", cheaper.price)

    step("Subresources: api.Products.get(1).custom_fields()")
    first = api.Products.get(1)
    for field in first.custom_fields():
        show(f"custom field #{field.id}", f"{field.name} = {field.text}")
    created = api.ProductCustomFields.create(chair.id, name="material", text="oak")
    show("new custom field on the chair", f"#{created.id} {created.name} = {created.text}")
    show("product 1's images", [image.image_file for image in first.images()])

    step("Delete: chair.delete() (its custom fields go with it)")
    chair.delete()
    show("custom fields of any product", api.ProductCustomFields.count())

    step("An error: Products.get(<deleted id>) raises NotFoundException")
    try:
        api.Products.get(chair.id)
    except NotFoundException as exc:
        show("NotFoundException", f"{exc.status_code} {exc.body['title']}")

    step("Another: a product without its required fields is a 422")
    try:
        api.connection.create("products", {"name": "Half a product", "colour": "red"})
    except UnprocessableEntityException as exc:
        for field, problem in sorted(exc.errors.items()):
            show(field, problem)

    step("Rate limits: a quota of 5 requests per 1s window, and a client that waits when low")
    store.set_rate_limit(5, 1000)
    waits: list[float] = []
    limited = BigcommerceApi(
        host=store.url,
        basic_auth=store.basic_auth,
        rate_limiting_management={
            "min_requests_remaining": 1,
            "wait": True,
            "callback_function": lambda: waits.append(time.perf_counter()),
        },
    )
    started = time.perf_counter()
    for n in range(8):
        limited.Time.all()
        left = limited.connection.rate_limit["requests_remaining"]
        show(f"request {n + 1}", f"{left} left in this window")
    show(
        "waited for the window to reset",
        f"{len(waits)} times, {time.perf_counter() - started:.1f}s for 8 requests",
    )
    store.set_rate_limit(2, 1000)
    impatient = BigcommerceApi(host=store.url, basic_auth=store.basic_auth)
    started = time.perf_counter()
    for _ in range(3):
        impatient.Time.all()  # the third gets a 429; the client waits out the window and retries
    show("a 429 retried after the reset", f"{time.perf_counter() - started:.1f}s for 3 requests")


if __name__ == "__main__":
    sys.exit(main())

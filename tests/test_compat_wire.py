"""Every verb of every resource class of the old client, checked on the wire.

The table below restates the old client's surface (class, path, parent, count path, verbs, helpers)
independently of spec/, so a wrong spec fails here.
"""

from __future__ import annotations

import datetime
import decimal
import types
import typing
from typing import Any

import pytest
import typing_extensions

from bigcommerce.api import BigcommerceApi

from .recording_server import RecordingServer

# class: (path, parent path, parent key, count path, verbs, pagination)
# verbs: L=all/iterall G=get C=create U=update D=delete A=delete_all N=count
SURFACE: dict[str, tuple[str, str | None, str | None, str | None, str, str]] = {
    "Banners": ("banners", None, None, None, "LGCUDA", "page"),
    "BlogPosts": ("blog/posts", None, None, None, "LGCUDAN", "page"),
    "Brands": ("brands", None, None, None, "LGCUDAN", "page"),
    "Categories": ("categories", None, None, None, "LGCUDAN", "page"),
    "Countries": ("countries", None, None, None, "LGN", "page"),
    "CountryStates": ("states", "countries", "country_id", None, "LGN", "page"),
    "Coupons": ("coupons", None, None, None, "LGCUDAN", "page"),
    "Currencies": ("currencies", None, None, None, "LGCUD", "page"),
    "CustomerGroups": ("customer_groups", None, None, None, "LGCUDAN", "page"),
    "Customers": ("customers", None, None, None, "LGCUDAN", "page"),
    "CustomerAddresses": ("addresses", "customers", "customer_id", None, "LGCUDAN", "page"),
    "GiftCertificates": ("gift_certificates", None, None, None, "LGCUDA", "page"),
    "OptionSets": ("option_sets", None, None, None, "LGCUDAN", "page"),
    "OptionSetOptions": ("options", "option_sets", "option_set_id", None, "LGCUDA", "page"),
    "Options": ("options", None, None, None, "LGCUDAN", "page"),
    "OptionValues": ("values", "options", "option_id", None, "LGCUDA", "page"),
    "OrderStatuses": ("order_statuses", None, None, None, "LG", "none"),
    "Orders": ("orders", None, None, None, "LGCUDAN", "page"),
    "OrderCoupons": ("coupons", "orders", "order_id", None, "LG", "page"),
    "OrderProducts": ("products", "orders", "order_id", "orders/products", "LGN", "page"),
    "OrderShipments": ("shipments", "orders", "order_id", "orders/shipments", "LGCUDAN", "page"),
    "OrderShippingAddresses": (
        "shipping_addresses",
        "orders",
        "order_id",
        "orders/shipping_addresses",
        "LGN",
        "page",
    ),
    "OrderMessages": ("messages", "orders", "order_id", None, "LG", "page"),
    "OrderTaxes": ("taxes", "orders", "order_id", None, "LG", "page"),
    "Pages": ("pages", None, None, None, "LGCUDAN", "page"),
    "PaymentMethods": ("payments/methods", None, None, None, "LG", "none"),
    "Products": ("products", None, None, None, "LGCUDAN", "page"),
    "ProductConfigurableFields": (
        "configurable_fields",
        "products",
        "product_id",
        "products/configurable_fields",
        "LGDAN",
        "page",
    ),
    "ProductCustomFields": (
        "custom_fields",
        "products",
        "product_id",
        "products/custom_fields",
        "LGCUDAN",
        "page",
    ),
    "ProductDiscountRules": (
        "discount_rules",
        "products",
        "product_id",
        "products/discount_rules",
        "LGCUDAN",
        "page",
    ),
    "ProductImages": ("images", "products", "product_id", "products/images", "LGCUDAN", "page"),
    "ProductOptions": ("options", "products", "product_id", None, "LG", "page"),
    "ProductReviews": ("reviews", "products", "product_id", "products/reviews", "LGCUDAN", "page"),
    "ProductRules": ("rules", "products", "product_id", "products/rules", "LGCUDAN", "page"),
    "ProductSkus": ("skus", "products", "product_id", "products/skus", "LGCUDAN", "page"),
    "ProductVideos": ("videos", "products", "product_id", "products/videos", "LGCDAN", "page"),
    "GoogleProductSearchMappings": (
        "googleproductsearch",
        "products",
        "product_id",
        None,
        "LG",
        "none",
    ),
    "Redirects": ("redirects", None, None, None, "LGCUDAN", "page"),
    "ShippingMethods": ("shipping/methods", None, None, None, "LG", "none"),
    "Store": ("store", None, None, None, "L", "singleton"),
    "TaxClasses": ("tax_classes", None, None, None, "LG", "none"),
    "Time": ("time", None, None, None, "L", "singleton"),
    "Webhooks": ("hooks", None, None, None, "LGCUD", "page"),
}

# parent class: {helper name: (subresource class, takes an id)}
HELPERS: dict[str, dict[str, tuple[str, bool]]] = {
    "Countries": {"states": ("CountryStates", True)},
    "Customers": {"addresses": ("CustomerAddresses", True)},
    "OptionSets": {"options": ("OptionSetOptions", True)},
    "Options": {"values": ("OptionValues", True)},
    "Orders": {
        name: (cls, True)
        for name, cls in [
            ("coupons", "OrderCoupons"),
            ("products", "OrderProducts"),
            ("shipments", "OrderShipments"),
            ("shipping_addresses", "OrderShippingAddresses"),
            ("messages", "OrderMessages"),
            ("taxes", "OrderTaxes"),
        ]
    },
    "Products": {
        **{
            name: (cls, True)
            for name, cls in [
                ("configurable_fields", "ProductConfigurableFields"),
                ("custom_fields", "ProductCustomFields"),
                ("discount_rules", "ProductDiscountRules"),
                ("images", "ProductImages"),
                ("options", "ProductOptions"),
                ("reviews", "ProductReviews"),
                ("rules", "ProductRules"),
                ("skus", "ProductSkus"),
                ("videos", "ProductVideos"),
            ]
        },
        "google_mappings": ("GoogleProductSearchMappings", False),
    },
}

V2 = "/api/v2/"
HEADERS = {"accept": "application/json"}


def _sample(tp: Any) -> Any:
    """A valid value for a request-body annotation (enough to pass validation)."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Literal:
        return args[0]
    if origin in (typing.Union, types.UnionType):
        return _sample(next(a for a in args if a is not type(None)))
    if origin is list:
        return [_sample(args[0])]
    if origin is dict or tp is typing.Any:
        return {}
    if typing_extensions.is_typeddict(tp):
        # Required[...] is read from the hints: with postponed annotations the runtime
        # __required_keys__ of a TypedDict cannot see it.
        hints = typing_extensions.get_type_hints(tp, include_extras=True)
        required = typing_extensions.Required
        return {
            key: _sample(typing.get_args(hint)[0])
            for key, hint in sorted(hints.items())
            if typing.get_origin(hint) is required
        }
    if origin is typing.Annotated:
        return _sample(args[0])
    values = {
        int: 1,
        str: "x",
        bytes: b"x",
        bool: True,
        float: 1.5,
        decimal.Decimal: "1.00",
        datetime.datetime: datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc),
        datetime.date: "2020-01-01",
    }
    return values[tp]


def _body_type(resource: Any, verb: str) -> Any:
    unpacked = typing.get_type_hints(getattr(resource, verb))["fields"]  # Unpack[XCreate]
    return typing.get_args(unpacked)[0]


def _calls(name: str) -> list[tuple[str, Any, str, str, dict[str, str]]]:
    """(label, call, method, path, query) for each verb of one class."""
    path, parent, _key, count_path, verbs, pagination = SURFACE[name]
    base = f"{parent}/5/{path}" if parent else path
    pid: tuple[int, ...] = (5,) if parent else ()
    paged = {"page": "1", "limit": "250"} if pagination == "page" else {}
    out: list[tuple[str, Any, str, str, dict[str, str]]] = []
    if "L" in verbs and pagination == "singleton":
        out.append(("all", lambda r: r.all(), "GET", V2 + path, {}))
    elif "L" in verbs:
        out.append(("all", lambda r: r.all(*pid), "GET", V2 + base, {}))
        out.append(("iterall", lambda r: list(r.iterall(*pid)), "GET", V2 + base, paged))
        if parent:
            out.append(("all-no-parent", lambda r: r.all(), "GET", f"{V2}{parent}/{path}", {}))
    if "G" in verbs:
        out.append(("get", lambda r: r.get(*pid, 7), "GET", f"{V2}{base}/7", {}))
    if "C" in verbs:
        out.append(
            (
                "create",
                lambda r: r.create(*pid, **_sample(_body_type(r, "create"))),
                "POST",
                V2 + base,
                {},
            )
        )
    if "U" in verbs:
        out.append(
            (
                "update",
                lambda r: r.update(*pid, 7, **_sample(_body_type(r, "update"))),
                "PUT",
                f"{V2}{base}/7",
                {},
            )
        )
        out.append(("obj.update", lambda r: r.get(*pid, 7).update(), "PUT", f"{V2}{base}/7", {}))
    if "D" in verbs:
        out.append(("delete", lambda r: r.delete(*pid, 7), "DELETE", f"{V2}{base}/7", {}))
        out.append(("obj.delete", lambda r: r.get(*pid, 7).delete(), "DELETE", f"{V2}{base}/7", {}))
    if "A" in verbs:
        out.append(("delete_all", lambda r: r.delete_all(*pid), "DELETE", V2 + base, {}))
    if "N" in verbs:
        out.append(("count", lambda r: r.count(*pid), "GET", f"{V2}{base}/count", {}))
        if count_path:
            out.append(
                ("count-no-parent", lambda r: r.count(), "GET", f"{V2}{count_path}/count", {})
            )
    return out


CASES = [(name, *call) for name in SURFACE for call in _calls(name)]


def test_the_client_has_exactly_the_old_resource_classes(api: BigcommerceApi) -> None:
    for name in SURFACE:
        assert type(getattr(api, name)).__name__ == name
    assert len(SURFACE) == 43


@pytest.mark.parametrize(
    ("name", "label", "call", "method", "path", "query"),
    CASES,
    ids=[f"{c[0]}-{c[1]}" for c in CASES],
)
def test_each_verb_sends_the_old_request(
    api: BigcommerceApi,
    server: RecordingServer,
    name: str,
    label: str,
    call: Any,
    method: str,
    path: str,
    query: dict[str, str],
) -> None:
    parent_key = SURFACE[name][2]
    obj = {"id": 7, **({parent_key: 5} if parent_key else {})}
    if label.startswith("obj."):
        server.reply(body=obj)
    server.route(
        method,
        path,
        body={"count": 3}
        if "count" in label
        else (
            [obj] if label.startswith(("all", "iter")) and SURFACE[name][5] != "singleton" else obj
        ),
    )
    result = call(getattr(api, name))
    req = server.last
    assert (req.method, req.path, req.query) == (method, path, query)
    assert req.headers["accept"] == "application/json"
    if method in ("POST", "PUT"):
        assert req.headers["content-type"] == "application/json"
        assert isinstance(req.json(), dict)
    else:
        assert req.body == b""
    if "count" in label:
        assert result == 3


HELPER_CASES = [
    (parent, helper, cls, by_id)
    for parent, helpers in HELPERS.items()
    for helper, (cls, by_id) in helpers.items()
]


@pytest.mark.parametrize(
    ("parent", "helper", "cls", "by_id"), HELPER_CASES, ids=[f"{c[0]}.{c[1]}" for c in HELPER_CASES]
)
def test_helpers_on_parent_objects(
    api: BigcommerceApi, server: RecordingServer, parent: str, helper: str, cls: str, by_id: bool
) -> None:
    parent_path = SURFACE[parent][0]
    sub_path = SURFACE[cls][0]
    server.reply(body={"id": 3, helper: {"url": "u", "resource": "r"}})
    obj = getattr(api, parent).get(3)
    server.reply(body=[{"id": 1}])
    items = getattr(obj, helper)()
    assert server.last.path == f"{V2}{parent_path}/3/{sub_path}"
    assert [type(i).__name__ for i in items] == [type(items[0]).__name__]
    if by_id:
        server.reply(body={"id": 4})
        one = getattr(obj, helper)(4)
        assert server.last.path == f"{V2}{parent_path}/3/{sub_path}/4"
        assert str(one["id"]) == "4"
    # the field of the same name survives under its own name
    assert obj.model_dump()[helper] == {"url": "u", "resource": "r"}

"""One object, one class (codegen/openapi/consolidate.py, rule 2): the calls of a collection that
answer its object answer one class, and how the importer decides two descriptions are one."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import bigcommerce.v2
import bigcommerce.v3
from bigcommerce._operation import NodeResource
from codegen.openapi.consolidate import _Agreement, _merged_fields, _widest
from codegen.openapi.model import Schema, SchemaField

#: The calls answering the collection's object.
OBJECT_VERBS = ("all", "iterall", "get", "create", "update", "create_many", "update_many", "upsert")

#: Collections whose calls answer more than one class, each for a reason: class -> why.
OTHER_SHAPES: dict[str, dict[str, str]] = {
    "V3OrdersPaymentActionsRefunds": {
        "Refund": "the object",
        # `items[].requested_amount` is a number in `Refund` and nullable text in `RefundID_Get`:
        # no spec type reads both, so the two do not agree.
        "PaymentActionRefund": "get's answer",
    },
    "V3CatalogTreesCategories": {
        "GetCategories": "the object",
        "SuccessNoContent": "update_many answers no object",
    },
    "V3InventoryLocations": {
        "Location": "the object",
        "SimpleTransaction": "the batch calls answer a transaction id",
    },
    "V3InventoryLocationsItems": {
        "LocationItems": "the object",
        "SimpleTransaction": "update answers a transaction id",
    },
    "V3Themes": {"Theme": "the object", "JobId": "create answers an upload job"},
    "V3PricelistsRecords": {
        "PriceListRecord": "the object",
        "dict": "the batch upsert answers no object",
    },
    "V3SitesCertificate": {"SiteCertificate": "the object", "dict": "upsert answers no object"},
    "V3StorefrontCustomTemplateAssociations": {
        "CustomTemplateAssociation": "the object",
        "dict": "upsert answers no object",
    },
}


def _answered_classes() -> dict[str, dict[str, list[str]]]:
    """Every generated collection resource -> the classes its object calls answer -> verbs."""
    out: dict[str, dict[str, list[str]]] = {}
    for package in (bigcommerce.v2, bigcommerce.v3):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if ".resources." not in info.name:
                continue
            module = importlib.import_module(info.name)
            for name, cls in vars(module).items():
                if not inspect.isclass(cls) or cls.__module__ != module.__name__:
                    continue
                if not issubclass(cls, NodeResource):
                    continue
                for verb in OBJECT_VERBS:
                    op = getattr(cls, f"_op_{verb}", None)
                    model = getattr(op, "model", None)
                    if model is not None:
                        out.setdefault(name, {}).setdefault(model.__name__, []).append(verb)
    return out


def test_every_collection_answers_one_class_but_for_other_shapes() -> None:
    answered = _answered_classes()
    assert len(answered) > 150
    several = {name: set(found) for name, found in answered.items() if len(found) > 1}
    assert several == {name: set(classes) for name, classes in OTHER_SHAPES.items()}


def test_images_videos_options_modifiers_answer_their_plain_class() -> None:
    answered = _answered_classes()
    for resource, model in (
        ("V3CatalogProductsImages", "ProductImage"),
        ("V3CatalogProductsVideos", "ProductVideo"),
        ("V3CatalogProductsOptions", "ProductOption"),
        ("V2ShippingZonesMethods", "ShippingMethod"),
        ("V3CustomersSettingsChannels", "CustomerSettingUpdate"),
        # create's answer is unwrapped by spec/overrides.yaml: the document declares
        # `data: {items: modifier}`, its own example (and the API) answer the modifier
        ("V3CatalogProductsModifiers", "ProductModifier"),
    ):
        assert set(answered[resource]) == {model}, resource


def _schema(name: str, *fields: SchemaField, source: str = "a.v3.yml#/x") -> Schema:
    return Schema(name, fields, source)


def _agreement(*schemas: Schema) -> _Agreement:
    return _Agreement({s.name: s for s in schemas}, lambda a, b: a == b)


def test_nested_objects_agree_in_turn_and_are_merged_too() -> None:
    config_a = _schema("ConfigA", SchemaField("earliest", "date"), SchemaField("mode", "str"))
    config_b = _schema("ConfigB", SchemaField("earliest", "datetime"), SchemaField("mode", "str"))
    first = _schema("A", SchemaField("id", "int"), SchemaField("config", "ConfigA"))
    second = _schema("B", SchemaField("id", "int"), SchemaField("config", "ConfigB"))
    pairs = _agreement(config_a, config_b, first, second).pairs("A", "B")
    assert pairs == {("A", "B"), ("ConfigA", "ConfigB")}


def test_nested_objects_that_disagree_keep_the_results_apart() -> None:
    item_a = _schema("ItemA", SchemaField("amount", "float"), SchemaField("qty", "int"))
    item_b = _schema("ItemB", SchemaField("amount", "str"), SchemaField("qty", "int"))
    first = _schema("A", SchemaField("id", "int"), SchemaField("items", "list[ItemA]"))
    second = _schema("B", SchemaField("id", "int"), SchemaField("items", "list[ItemB]"))
    assert _agreement(item_a, item_b, first, second).pairs("A", "B") is None
    # A list never agrees with a single object.
    third = _schema("C", SchemaField("id", "int"), SchemaField("items", "ItemA"))
    assert _agreement(item_a, first, third).pairs("A", "C") is None


def test_cycles_agree_without_looping() -> None:
    first = _schema("A", SchemaField("id", "int"), SchemaField("parent", "A"))
    second = _schema("B", SchemaField("id", "int"), SchemaField("parent", "B"))
    assert _agreement(first, second).pairs("A", "B") == {("A", "B")}


def test_a_free_form_object_agrees_with_an_object_schema() -> None:
    settings = _schema("Settings", SchemaField("rate", "float"))
    first = _schema("A", SchemaField("id", "int"), SchemaField("settings", "object"))
    second = _schema("B", SchemaField("id", "int"), SchemaField("settings", "Settings"))
    assert _agreement(settings, first, second).pairs("A", "B") == {("A", "B")}


def test_the_widest_type_reads_every_answer() -> None:
    assert _widest(["date", "datetime"]) == "datetime"
    assert _widest(["datetime", "str", "date"]) == "str"
    assert _widest(["list[date]", "list[datetime]"]) == "list[datetime]"
    assert _widest(["Settings", "object"]) == "object"
    assert _widest(["int", "int"]) == "int"


def test_a_class_also_sent_keeps_its_request_requirements_and_enums() -> None:
    sent = _schema(
        "Sent",
        SchemaField("name", "str", required=("create",)),
        SchemaField("kind", "str", enum=("a", "b")),
    )
    answer = _schema(
        "Answer",
        SchemaField("name", "str"),
        SchemaField("kind", "str"),
        SchemaField("id", "int", required=("create", "update")),
    )
    fields = {f.name: f for f in _merged_fields([sent, answer], {"Sent"})}
    assert fields["name"].required == ("create",)
    assert fields["kind"].enum == ("a", "b")
    assert fields["id"].required == ()  # only answered: never required in a request
    # Two answers: required where both say so, enums only where each has some.
    plain = {f.name: f for f in _merged_fields([sent, answer], set())}
    assert plain["name"].required == ()
    assert plain["kind"].enum == ()


def test_an_object_embedded_in_another_is_its_collections_class() -> None:
    """The products document's copy of a modifier (in `Product.modifiers`) is the modifiers
    collection's class, and so is its `config`; a variant's metafields are `Metafield`."""
    from typing import get_args

    from bigcommerce.v3.catalog import Metafield, Product, ProductModifier
    from bigcommerce.v3.catalog.resources import products_modifiers, products_variants_metafields

    embedded = get_args(Product.model_fields["modifiers"].annotation)  # list[...] | None
    assert get_args(embedded[0]) == (ProductModifier,)
    assert products_modifiers.V3CatalogProductsModifiers._op_get.model is ProductModifier
    variants = products_variants_metafields.V3CatalogProductsVariantsMetafields
    assert variants._op_get.model is Metafield

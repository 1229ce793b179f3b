"""Type references (`codegen.typeref`): every type text of spec/ parses, prints back as it was
written, and as a Python annotation names exactly what its imports bring (plus builtins)."""

from __future__ import annotations

import ast
import builtins
from functools import cache
from typing import Any

import pytest

from codegen.annotations import (
    FILTER_SCALARS,
    Scalars,
    enum_type,
    python_type,
    read_scalars,
    write_scalars,
)
from codegen.build_nodes import operation_declaration
from codegen.operation import Operation, PathParam
from codegen.spec_loader import load_specs
from codegen.type_grammar import model_names, parse_type
from codegen.typeref import (
    ANY,
    DATE,
    INT,
    NONE,
    STR,
    Generic,
    Import,
    Literal,
    Union,
    call,
    imports,
    list_of,
    localized,
    model_ref,
    named,
    optional,
    render,
    source,
)

from .generator_support import ROOT


@cache
def spec_type_texts() -> tuple[str, ...]:
    """Every distinct type text of the spec files (fields, filters, parameters, bodies, results)."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key in ("type", "write_type") and isinstance(item, str):
                    found.add(item)
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for loaded in load_specs(ROOT / "spec", ROOT):
        walk(loaded.spec.model_dump())
    return tuple(sorted(found))


TABLES: dict[str, Scalars] = {
    "read v2": read_scalars("v2"),
    "read v3": read_scalars("v3"),
    "write v2": write_scalars("v2"),
    "write v3": write_scalars("v3"),
    "filter": FILTER_SCALARS,
}


def _free_names(source_text: str) -> set[str]:
    """The names an expression reads (for `_dt.date`: `_dt`)."""
    tree = ast.parse(source_text, mode="eval")
    return {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}


def _imported(refs: list[Any]) -> set[str]:
    return {imp.name for imp in imports(refs)}


def test_the_spec_uses_many_type_texts() -> None:
    texts = spec_type_texts()
    assert len(texts) > 500
    assert {"int", "list[int]", "datetime", "decimal", "any", "object"} <= set(texts)


def test_every_spec_type_text_prints_back_as_written() -> None:
    for text in spec_type_texts():
        assert str(parse_type(text)) == text


def test_every_spec_type_is_parsed_once() -> None:
    assert parse_type("list[Product]") is parse_type("list[Product]")


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_spec_type_as_python_names_exactly_its_imports(table: str) -> None:
    for text in spec_type_texts():
        expr = parse_type(text)
        for verb in (None, "create", "update"):
            ref = python_type(expr, TABLES[table], verb)
            rendered = render(ref)
            assert str(ref) == rendered
            free = _free_names(rendered) - set(dir(builtins))
            assert free == _imported([ref]), (table, text, verb, rendered)
            if not any(c.islower() for c in text.replace("list[", "")) and verb is None:
                assert rendered == text  # model names and lists of them read as written


def test_model_types_import_their_models_module() -> None:
    ref = python_type(parse_type("list[ProductImage]"), read_scalars("v3"), "create")
    assert render(ref) == "list[ProductImageCreate]"
    assert imports([ref]) == {Import("..models.product_image", "ProductImageCreate")}
    assert model_names(parse_type("list[ProductImage]")) == ["ProductImage"]


def test_scalars_print_as_annotations() -> None:
    assert render(python_type(parse_type("decimal"), write_scalars("v2"))) == (
        "Decimal | float | int | str"
    )
    assert render(optional(python_type(parse_type("datetime"), write_scalars("v2")))) == (
        "Rfc2822DateTime | str | None"
    )
    assert render(python_type(parse_type("object"), read_scalars("v3"))) == "dict[str, Any]"
    assert imports([DATE]) == {Import("datetime", "_dt", as_module=True)}


def test_literal_union_and_generic() -> None:
    lit = enum_type(parse_type("list[str]"), ["a", 1, True])
    assert render(lit) == "list[Literal['a', 1, True]]"
    assert imports([lit]) == {Import("typing", "Literal")}
    assert render(Union((optional(Union((INT, STR))), DATE))) == "int | str | None | _dt.date"
    required = Generic(named("Required", "typing_extensions"), (list_of(ANY),))
    assert render(required) == "Required[list[Any]]"
    assert _imported([required]) == {"Required", "Any"}
    assert imports([NONE, INT, "text", 3]) == set()


def test_values_print_as_python_source() -> None:
    assert source('say "hi"\n') == '"say \\x22hi\\x22\\n"'
    assert source(True) == "True" and source(25) == "25"
    assert source(model_ref("Product")) == "Product"
    assert (
        call(named("Thing"), {"a": "x", "b": Literal(("y",))}) == "Thing(a=\"x\", b=Literal['y'])"
    )


def test_imports_are_localized_to_the_subpackage_that_uses_them() -> None:
    needed = imports([model_ref("Product"), model_ref("ProductImage"), named("Id", ".._query")])
    assert localized(needed, "models", own="product") == {
        Import(".product_image", "ProductImage"),
        Import(".._query", "Id"),
    }
    assert localized(needed, "resources") == needed


def test_an_operation_constant_is_rendered_from_its_fields() -> None:
    op = Operation(
        version="v3",
        owner="catalog.products",
        owner_class="V3CatalogProducts",
        name="get",
        operation_id="getProduct",
        method="GET",
        path="catalog/products/{product_id}",
        params=(PathParam("product_id", "product_id", "int"),),
        envelope=True,
        result_type="Product",
    )
    product = model_ref("Product")
    constant = operation_declaration(op, optional(product), "one", product, None, None)
    assert str(constant) == (
        '_op_get: ClassVar[Operation[Product | None]] = Operation(method="GET", '
        'path="catalog/products/{product_id}", version="v3", result="one", model=Product, '
        'envelope=True, operation_id="getProduct")'
    )
    assert constant.imports == {
        Import("typing", "ClassVar"),
        Import(".._request", "Operation"),
        Import("..models.product", "Product"),
    }

"""Large enums (`codegen.enum_aliases`): spelled out once, as a named alias, and that alias
allows exactly the values the spec gives, at run time as for the type checker."""

from __future__ import annotations

import ast
import re
from collections import Counter
from typing import get_args

import pydantic
import pytest
import yaml

from codegen.enum_aliases import MAX_INLINE, EnumUse, aliases
from codegen.naming import MAX_MODEL_NAME

from .generator_support import ROOT

GENERATED = ROOT / "generated"
#: `Literal[...]` with its values (none of them holds a bracket: see codegen/patterns.py).
_LITERAL = re.compile(r"Literal\[([^\[\]]*)\]")


def _printed_literals() -> Counter[frozenset[object]]:
    """How often each set of values is printed as a `Literal` across generated/."""
    seen: Counter[frozenset[object]] = Counter()
    for path in sorted([*GENERATED.rglob("*.py"), *GENERATED.rglob("*.md")]):
        for match in _LITERAL.finditer(path.read_text(encoding="utf-8")):
            inner = re.sub(r"`", "", match.group(1)).strip().rstrip(",")
            try:
                values = ast.literal_eval(f"({inner},)") if inner else ()
            except (ValueError, SyntaxError):
                continue  # a Literal of prose, not of values
            seen[frozenset((type(v), v) for v in values)] += 1
    return seen


def test_no_large_literal_is_printed_more_than_once() -> None:
    seen = _printed_literals()
    large = {values: n for values, n in seen.items() if len(values) > MAX_INLINE}
    assert large, "the real spec has large enums: the count found none, so it counts nothing"
    assert {v: n for v, n in large.items() if n > 1} == {}


def test_products_include_fields_alias_has_the_spec_values() -> None:
    spec = yaml.safe_load((ROOT / "spec/imported/v3/catalog.yaml").read_text(encoding="utf-8"))
    documented = None
    for node in _walk(spec):
        fields = node.get("include_fields") if isinstance(node, dict) else None
        if isinstance(fields, dict) and len(fields.get("enum", ())) > MAX_INLINE:
            documented = tuple(fields["enum"])
            break
    assert documented is not None
    from bigcommerce._enums import ProductIncludeField
    from bigcommerce.v3.catalog import ProductIncludeField as public

    assert public is ProductIncludeField
    assert get_args(ProductIncludeField) == documented
    adapter = pydantic.TypeAdapter(list[ProductIncludeField])
    assert adapter.validate_python(["sku", "name"]) == ["sku", "name"]
    with pytest.raises(pydantic.ValidationError):
        adapter.validate_python(["not_a_field"])


def test_the_resource_is_annotated_with_the_alias() -> None:
    from bigcommerce._enums import ProductIncludeField
    from bigcommerce.v3.catalog.resources.products_images import V3CatalogProductsImagesAllQuery

    hints = V3CatalogProductsImagesAllQuery.__annotations__
    assert "ProductIncludeField" in str(hints["include_fields"])
    assert ProductIncludeField is not None


def _walk(node: object) -> list[object]:
    out = [node]
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
    for child in children:
        out += _walk(child)
    return out


_BIG = tuple(f"v{i}" for i in range(MAX_INLINE + 1))


def test_same_values_share_one_alias_named_by_the_shortest_use_whatever_the_order() -> None:
    uses = [
        EnumUse(_BIG, "ProductImage", "include_fields", "a.yaml"),
        EnumUse(tuple(reversed(_BIG)), "Product", "include_fields", "b.yaml"),
        EnumUse(_BIG[:MAX_INLINE], "Product", "small", "b.yaml"),  # small: stays a Literal
    ]
    one = aliases(uses, set())
    assert one == aliases(list(reversed(uses)), set())
    assert [(a.name, a.spec_files) for a in one] == [("ProductIncludeField", ("a.yaml", "b.yaml"))]
    assert set(one[0].values) == set(_BIG)


def test_alias_names_avoid_taken_names_and_stay_short() -> None:
    other = (*_BIG, "extra")
    long_values = (*_BIG, "long")
    uses = [
        EnumUse(_BIG, "Product", "type", "a.yaml"),
        EnumUse(other, "Product", "types", "a.yaml"),  # the same name, other values
        EnumUse(long_values, "Abandoned" * 5, "some_very_long_field_names", "a.yaml"),
    ]
    made = aliases(uses, {"ProductTypeAlt"})
    names = {frozenset(a.values): a.name for a in made}
    assert len(set(names.values())) == 3
    assert {names[frozenset(_BIG)], names[frozenset(other)]} == {"ProductType", "ProductTypeOther"}
    assert all(len(n) <= MAX_MODEL_NAME and n.isidentifier() for n in names.values())

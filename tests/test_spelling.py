"""Generated modules call imported classes by their own names (codegen/spelling.py)."""

from __future__ import annotations

from pathlib import Path

from codegen.spelling import respelled

OWN = {"V3Brand": "Brand", "V3BrandCreateBodyCreate": "BrandCreate", "Item": "ItemModel"}


def test_a_key_becomes_the_class_name_everywhere_in_the_module() -> None:
    source = (
        "from ..models.brand import Brand as V3Brand\n"
        "from ..models.body import BrandCreate as V3BrandCreateBodyCreate\n"
        "def get() -> V3Brand:\n"
        '    """Returns a `V3Brand`; not a V3BrandX."""\n'
        "def create(body: V3BrandCreateBodyCreate) -> list[V3Brand]: ...\n"
    )
    assert respelled(source, OWN) == (
        "from ..models.brand import Brand\n"
        "from ..models.body import BrandCreate\n"
        "def get() -> Brand:\n"
        '    """Returns a `Brand`; not a V3BrandX."""\n'
        "def create(body: BrandCreate) -> list[Brand]: ...\n"
    )


def test_the_key_stays_where_the_name_means_something_else() -> None:
    clash = (
        "from ..models.brand import Brand as V3Brand\n"
        "from ...models.brand import Brand\n"  # the old client's class
        "def f(a: V3Brand, b: Brand) -> None: ...\n"
    )
    assert respelled(clash, OWN) == clash
    longer = "from .item import ItemModel as Item\nx: Item\n"
    assert respelled(longer, OWN) == longer  # `ItemModel` is no better than `Item`
    unknown = "import datetime as _dt\nfrom .x import Y as Z\nz: Z\n"
    assert respelled(unknown, OWN) == unknown  # not a generated class's key


def test_the_generated_package_speaks_of_public_names() -> None:
    package = Path(__file__).resolve().parent.parent / "generated" / "bigcommerce"
    brands = (package / "v3" / "catalog" / "resources" / "brands.py").read_text(encoding="utf-8")
    assert "from ..models.brand import Brand\n" in brands
    assert "        body: BrandCreate,\n" in brands
    assert "V3Brand" not in brands

"""The house of the generated package (codegen/layout.py): the imported API by version and area,
small modules, and using one resource loads only what it needs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.ir import PackageIR, ResourceIR
from codegen.layout import Layout, layout, relative
from codegen.typeref import Import

PACKAGE = Path(__file__).resolve().parent.parent / "generated" / "bigcommerce"


def test_relative_imports_between_places() -> None:
    metafield = "v3.shared.models.metafield"
    assert relative("v3.catalog.models", metafield) == "...shared.models.metafield"
    assert relative("v3.catalog.models", "v3.catalog.models.url") == ".url"
    assert relative("v3.catalog.resources", "_model") == "...._model"
    assert relative("v3.catalog", "v3.catalog.models.product") == ".models.product"
    assert relative("", "v3.catalog.resources.products") == ".v3.catalog.resources.products"
    assert relative("resources", "models.product") == "..models.product"


def test_imports_are_rewritten_from_where_the_module_lives() -> None:
    house = Layout(
        {
            "models.v3_product": "v3.catalog.models.product",
            "models.metafield": "v3.shared.models.metafield",
        }
    )
    needed = [
        Import(".metafield", "Metafield"),
        Import(".._model", "ApiModel"),
        Import("..models.product", "Product"),  # the old client's: stays in models/
        Import("typing", "Any"),
    ]
    assert {i.module for i in house.imports("models.v3_product", needed)} == {
        "...shared.models.metafield",
        "...._model",
        "....models.product",
        "typing",
    }


def test_two_modules_in_one_file_stop_the_generator() -> None:
    def node(name: str, chain: tuple[str, ...]) -> ResourceIR:
        return ResourceIR(
            name, name.lower(), "spec/imported/v3/a.yaml", "v3", "", None, (), (),
            compat=False, chain=chain,
        )  # fmt: skip

    twins = (node("V3ABC", ("a", "b_c")), node("V3ABC2", ("a", "b", "c")))
    with pytest.raises(ValueError, match=r"share a file: v3\.a\.resources\.b_c"):
        layout(PackageIR((), twins))


def test_the_imported_api_lives_by_area() -> None:
    old_models = {p.stem for p in (PACKAGE / "models").glob("*.py")} - {"__init__"}
    assert 40 < len(old_models) < 100  # the old client's, not the 600 imported ones
    assert not any(p.name.startswith(("v2_", "v3_")) for p in (PACKAGE / "resources").iterdir())
    for version in ("v2", "v3"):
        areas = [p for p in (PACKAGE / version).iterdir() if p.is_dir() and p.name[0] != "_"]
        assert len(areas) > 5
        for area in areas:
            assert (area / "__init__.py").is_file()
            assert (area / "models").is_dir() or (area / "resources").is_dir(), area
    assert (PACKAGE / "v3" / "catalog" / "models" / "product.py").is_file()
    assert (PACKAGE / "v3" / "catalog" / "resources" / "products_images.py").is_file()


def test_no_generated_module_is_over_3000_lines() -> None:
    sizes = {
        str(p.relative_to(PACKAGE)): p.read_text(encoding="utf-8").count("\n")
        for p in PACKAGE.rglob("*.py")
    }
    assert len(sizes) > 1000
    assert max(sizes.values()) <= 3000, max(sizes, key=sizes.__getitem__)


def _loaded_after(code: str) -> set[str]:
    probe = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return {m for m in json.loads(out.stdout) if m.startswith("bigcommerce.")}


def test_one_resource_loads_its_area_modules_only() -> None:
    code = (
        "import bigcommerce\n"
        "api = bigcommerce.BigcommerceApi(client_id='c', store_hash='s', access_token='t')\n"
        "api.catalog.products.images"
    )
    loaded = _loaded_after(code)
    assert "bigcommerce.v3.catalog.resources.products_images" in loaded
    assert "bigcommerce.v3.catalog.resources.brands" not in loaded
    areas = {m.split(".")[2] for m in loaded if m.count(".") > 2}
    assert areas <= {"catalog", "shared"}, areas
    assert not [m for m in loaded if m.startswith("bigcommerce.models.")]
    models = [m for m in loaded if ".models." in m]
    assert 0 < len(models) < 60, len(models)


def test_an_area_loads_a_model_on_first_use() -> None:
    loaded = _loaded_after("from bigcommerce.v3.catalog import Brand")
    assert "bigcommerce.v3.catalog.models.brand" in loaded
    assert "bigcommerce.v3.catalog.models.product" not in loaded
    assert not [m for m in loaded if ".resources." in m]

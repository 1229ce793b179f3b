"""`import bigcommerce` stays cheap: it loads no resource, model, pydantic or requests module."""

from __future__ import annotations

import json
import subprocess
import sys


def _modules_after(code: str) -> set[str]:
    probe = f"import sys; {code}; import json; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout))


def test_import_bigcommerce_loads_only_the_package_root() -> None:
    baseline = _modules_after("pass")
    loaded = _modules_after("import bigcommerce") - baseline
    ours = {m for m in loaded if m.startswith("bigcommerce")}
    assert ours == {"bigcommerce", "bigcommerce._version"}
    heavy = {m.split(".")[0] for m in loaded} & {
        "pydantic",
        "pydantic_core",
        "requests",
        "jwt",
        "urllib3",
    }
    assert heavy == set()


def test_a_resource_loads_its_own_modules_on_first_use() -> None:
    code = (
        "import bigcommerce; api = bigcommerce.api.BigcommerceApi(host='h', basic_auth=('a', 'b'))"
    )
    ours = {m for m in _modules_after(code) if m.startswith("bigcommerce.")}
    assert not any(m.startswith(("bigcommerce.resources.", "bigcommerce.models.")) for m in ours)
    ours = {m for m in _modules_after(code + "; api.Products") if m.startswith("bigcommerce.")}
    assert "bigcommerce.resources.products" in ours
    assert "bigcommerce.resources.orders" not in ours
    assert "jwt" not in _modules_after(code + "; api.Products")


def test_package_attributes_resolve_lazily() -> None:
    import bigcommerce

    assert bigcommerce.BigcommerceApi is bigcommerce.api.BigcommerceApi
    assert "Products" in dir(bigcommerce.resources)
    assert bigcommerce.models.Product.__name__ == "Product"

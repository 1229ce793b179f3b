"""Where each generated module lives: a house that mirrors the API.

The old client's modules keep their places (`models/product.py`, `resources/products.py`). The
imported API's live by version and area, the area being the first segment of their paths (for
a model, the spec file that defines it: `spec/imported/v3/catalog.yaml`):

    v3/catalog/__init__.py               the area's public names, loaded on first use
    v3/catalog/models/product.py         `Product` (a model module is named for its public name)
    v3/catalog/resources/products.py     `api.catalog.products` (named for its chain in the area)
    v3/catalog/resources/catalog.py      `api.catalog`, the area's namespace
    v2/_resource.py                      `api.v2`
    _enums.py                            the large enums' aliases, shared by every area

The IR is built as if every module were one level below the package root, in `models/` or
`resources/` under its flat name (`..models.v3_product`, `.v3_catalog_products`, `.._model`); the
renderer asks a `Layout` where each module really is and rewrites imports to match. This module is
the one place that knows the house.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .enum_aliases import MODULE
from .ir import ModelIR, PackageIR, ResourceIR
from .naming import model_module, unversioned_model_name
from .typeref import Import

#: Where the large enums' aliases live (a module of the package root).
ENUMS = "_enums"


@dataclass(frozen=True)
class Layout:
    """Flat module path (`models.v3_product`) -> where it is (`v3.catalog.models.product`), for
    every generated module that is not where its flat path says."""

    homes: Mapping[str, str]

    def place(self, flat: str) -> str:
        return self.homes.get(flat, flat)

    def path(self, flat: str) -> str:
        """The file of a module, relative to the package root."""
        return self.place(flat).replace(".", "/") + ".py"

    def imports(self, flat: str, needed: Iterable[Import]) -> tuple[Import, ...]:
        """The imports of module `flat` (as the IR writes them) as written where it lives."""
        here = _package(flat)
        real = _package(self.place(flat))
        out = set()
        for imp in needed:
            if imp.module.startswith("."):
                target = self.place(_resolve(here, imp.module))
                imp = dataclasses.replace(imp, module=relative(real, target))
            out.add(imp)
        return tuple(sorted(out))

    def module_from(self, package: str, flat: str) -> str:
        """How a module of `package` (dotted, from the root; "" for the root) names module
        `flat` in a relative import."""
        return relative(package, self.place(flat))


def layout(package: PackageIR) -> Layout:
    homes: dict[str, str] = {f"models.{MODULE}": ENUMS}
    areas = {a.spec_file: f"{a.version}.{a.name}" for a in package.areas}
    taken: set[str] = set()
    for m in sorted(package.models, key=lambda m: m.name):
        if m.spec_file in areas:
            home = areas[m.spec_file]
            where = f"{home}.models.{_model_file(m, taken, home)}"
            homes[f"models.{m.module}"] = where
            taken.add(where)
    for r in package.resources:
        if not r.compat:
            homes[f"resources.{r.module}"] = _resource_home(r)
    clashes = _repeated(homes.values())
    if clashes:
        raise ValueError(f"generated modules would share a file: {', '.join(clashes)}")
    return Layout(homes)


def _model_file(m: ModelIR, taken: set[str], home: str) -> str:
    """A model module is named for its key without the version it may carry (`V3Product` ->
    `product`: the version says nothing inside `v3/`), which is its public name. Should that name
    be taken, the key's."""
    module = model_module(unversioned_model_name(home.split(".")[0], m.name))
    return module if f"{home}.models.{module}" not in taken else m.module


def _resource_home(r: ResourceIR) -> str:
    """`api.catalog.products.images` (v3) -> `v3.catalog.resources.products_images`; an area's
    namespace (`api.catalog`) -> `v3.catalog.resources.catalog`; a version's (`api.v2`) ->
    `v2._resource`."""
    if not r.chain:
        return f"{r.api}._resource"
    area, *rest = r.chain
    return f"{r.api}.{area}.resources.{'_'.join(rest) or area}"


def _repeated(values: Iterable[str]) -> list[str]:
    return sorted(v for v, n in Counter(values).items() if n > 1)


def _package(module: str) -> str:
    return module.rpartition(".")[0]


def _resolve(package: str, module: str) -> str:
    """A relative import's target as a dotted path from the root: `..models.x` seen from
    package `resources` -> `models.x`."""
    dots = len(module) - len(module.lstrip("."))
    parts = package.split(".") if package else []
    base = parts[: len(parts) - (dots - 1)]
    return ".".join([*base, module[dots:]]) if module[dots:] else ".".join(base)


def relative(package: str, target: str) -> str:
    """The relative import of `target` from a module of `package` (both dotted from the root):
    (`v3.catalog.models`, `v3.shared.models.metafield`) -> `...shared.models.metafield`."""
    here = package.split(".") if package else []
    there = target.split(".")
    common = 0
    while common < min(len(here), len(there) - 1) and here[common] == there[common]:
        common += 1
    return "." * (len(here) - common + 1) + ".".join(there[common:])

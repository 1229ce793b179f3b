"""Every request body a generated call is typed with has a public name in the call's area
(spec/README.md, "Model names", rule 2), kept by the names lock's `bodies` across re-imports."""

from __future__ import annotations

import importlib
import pkgutil
import shutil
import typing
from pathlib import Path

import pytest
import yaml

from codegen.naming import MAX_MODEL_NAME, body_public_candidates
from codegen.openapi.importer import import_openapi
from codegen.openapi.names_lock import NamesLock, read_lock
from codegen.spec_loader import SpecError

from .generator_support import ROOT
from .test_openapi_import import DOCS


def _classes(annotation: object) -> list[type]:
    """The classes an annotation names (`list[X]` -> X)."""
    if isinstance(annotation, type) and not typing.get_args(annotation):
        return [annotation]
    return [c for arg in typing.get_args(annotation) for c in _classes(arg)]


def _calls_bodies() -> dict[tuple[str, str], list[tuple[type, str]]]:
    """(version, area) -> (body class, `Resource._op_name`) of each call of the area's resources."""
    from bigcommerce._operation import NodeResource
    from bigcommerce._request import Operation

    out: dict[tuple[str, str], list[tuple[type, str]]] = {}
    for version in ("v2", "v3"):
        package = importlib.import_module(f"bigcommerce.{version}")
        for area in package.AREAS:
            try:
                resources = importlib.import_module(f"bigcommerce.{version}.{area}.resources")
            except ModuleNotFoundError:
                continue
            mine = out.setdefault((version, area), [])
            for info in pkgutil.iter_modules(resources.__path__):
                module = importlib.import_module(f"{resources.__name__}.{info.name}")
                for cls in vars(module).values():
                    if not (isinstance(cls, type) and issubclass(cls, NodeResource)):
                        continue
                    for attr, op in vars(cls).items():
                        if attr.startswith("_op_") and isinstance(op, Operation):
                            for body in _classes(op.body_type):
                                mine.append((body, f"{cls.__name__}.{attr}"))
    return out


def test_every_call_body_is_public_in_its_area_under_its_own_name() -> None:
    """`api.settings.catalog.update(body)` is typed `CatalogUpdateBody`, which
    `bigcommerce.v3.settings` exports as that class; no body is a bare key
    (`CatalogUpdateUpdate`, `V3MetafieldCreateUpdate`)."""
    bodies = _calls_bodies()
    assert sum(len(b) for b in bodies.values()) > 200
    missing = []
    for (version, area), calls in sorted(bodies.items()):
        facade = importlib.import_module(f"bigcommerce.{version}.{area}")
        for body, call in calls:
            if not body.__module__.startswith(f"bigcommerce.{version}."):
                continue  # the old client's (bigcommerce.models)
            if getattr(facade, body.__name__, None) is not body:
                missing.append(f"{version}.{area} {call}: {body.__name__}")
    assert not missing, missing


def test_second_bodies_are_named_by_the_rule() -> None:
    from bigcommerce.v3 import carts, catalog, settings

    assert catalog.MetafieldUpdate.__name__ == "MetafieldUpdate"
    assert catalog.MetafieldCreate is not catalog.MetafieldUpdate
    assert settings.CatalogUpdateBody.__name__ == "CatalogUpdateBody"
    assert settings.CatalogUpdate is not settings.CatalogUpdateBody
    assert carts.MetafieldUpdateInput.__name__ == "MetafieldUpdateInput"
    lock = read_lock(ROOT / "spec" / "names.lock.yaml")
    assert lock.body("v3", "MetafieldCreate", "update") == "MetafieldUpdate"
    assert "CatalogUpdateBody" in lock.names("v3")  # no model may take it


def test_body_name_candidates() -> None:
    assert body_public_candidates("MetafieldCreate", "update", "create")[0] == "MetafieldUpdate"
    assert body_public_candidates("PriceListRecordCreateManyItem", "update", "create") == [
        "PriceListRecordUpdateManyItem",
        "PriceListRecordUpdateManyItemBody",
    ]
    assert body_public_candidates("PriceRecordBatchItem", "update", "create")[0] == (
        "PriceRecordBatchItemUpdate"
    )
    tries = body_public_candidates("CatalogUpdate", "update", None)
    assert tries[0] == "CatalogUpdateBody"
    assert "CatalogUpdateUpdate" not in tries and len(set(tries)) >= 2
    long = body_public_candidates("ProductCategoryAssignmentUpdateManyItem", "update", None)
    assert long[0] == "ProductCategoryAssignmentUpdateManyBody"
    assert all(len(t) <= MAX_MODEL_NAME and not t[-1].isdigit() for t in long)


def test_the_lock_reads_and_writes_bodies(tmp_path: Path) -> None:
    lock = NamesLock().updated({}, {}, {"v3 MetafieldCreate update": "MetafieldUpdate"})
    kept = lock.updated({}, {}, {"v3 MetafieldCreate update": "SomethingElse"})
    assert kept.body("v3", "MetafieldCreate", "update") == "MetafieldUpdate"  # never renamed
    path = tmp_path / "names.lock.yaml"
    path.write_text(kept.text(), encoding="utf-8")
    assert read_lock(path).bodies == {"v3 MetafieldCreate update": "MetafieldUpdate"}
    path.write_text("bodies:\n  v3 MetafieldCreate patch: X\n", encoding="utf-8")
    with pytest.raises(SpecError, match="bodies"):
        read_lock(path)


@pytest.mark.skipif(not DOCS, reason="set BIGCOMMERCE_OPENAPI_DIR to the published documents")
def test_a_locked_body_name_is_kept_and_an_edit_renames_it(tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    lock_path = spec / "names.lock.yaml"
    lock = yaml.safe_load(lock_path.read_text(encoding="utf-8"))
    lock["bodies"]["v3 CatalogUpdate update"] = "CatalogSettingsUpdate"
    lock_path.write_text(yaml.safe_dump(lock, sort_keys=False, width=1000), encoding="utf-8")
    import_openapi(Path(str(DOCS)), spec, tmp_path)
    settings = yaml.safe_load((spec / "imported/v3/settings.yaml").read_text(encoding="utf-8"))
    assert settings["exports"]["CatalogSettingsUpdate"] == "CatalogUpdateUpdate"
    assert "CatalogUpdateBody" not in settings["exports"]
    assert settings["exports"]["CatalogUpdate"] == "CatalogUpdate"
    relocked = yaml.safe_load(lock_path.read_text(encoding="utf-8"))
    assert relocked["bodies"]["v3 CatalogUpdate update"] == "CatalogSettingsUpdate"

"""`python -m codegen import-openapi DIR`: documents -> overrides -> resource tree -> spec/."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..build_index import compat_served
from ..operation import path_shape
from ..spec_loader import INDEX, OVERRIDES, SpecError, load_specs, read_yaml
from .consolidate import consolidate
from .group import build_tree, tree_calls
from .model import ApiDescription, Body, Operation
from .names_lock import LOCK, read_lock
from .operations import read_api
from .report import REPORT, read_imported, write_report
from .write_spec import dump, spec_files

IMPORTED = "imported"


def import_openapi(docs: Path, spec_dir: Path, root: Path) -> dict[str, str]:
    """Write spec/imported/ afresh from the documents in `docs`, and spec/IMPORT_REPORT.md
    (see `report.write_report`); returns what was written."""
    documents = read_api(docs)
    overrides = load_overrides(spec_dir / OVERRIDES)
    api = apply_overrides(documents, overrides)
    handwritten = [s for s in load_specs(spec_dir, root) if f"/{IMPORTED}/" not in f"/{s.file}"]
    reserved = frozenset(name for s in handwritten for name in s.spec.models)
    reserved |= frozenset(name for s in handwritten for name in s.spec.resources)
    # v2 operations the old client's resources already serve stay with them (one class per path).
    served = compat_served(handwritten)
    chosen = tuple(
        op
        for op in api.operations
        if op.version == "v3" or (op.version, op.method, path_shape(op.path)) not in served
    )
    lock = read_lock(spec_dir / LOCK)
    folded = consolidate(api, build_tree(chosen, lock), lock, reserved)
    api = folded.api
    picked = {(op.file, op.method, op.path) for op in chosen}
    chosen = tuple(op for op in api.operations if (op.file, op.method, op.path) in picked)
    tree = build_tree(chosen, lock)
    files = spec_files(api, tree, reserved, folded.public)
    files[f"{IMPORTED}/{INDEX}"] = index_file(api)
    files[LOCK] = lock.updated(tree_calls(tree), folded.identities).text()
    target = spec_dir / IMPORTED
    before = read_imported(spec_dir)
    if target.exists():
        shutil.rmtree(target)
    for rel, text in sorted(files.items()):
        path = spec_dir / rel  # spec/imported/... and spec/names.lock.yaml
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    files[REPORT] = write_report(
        docs=docs, spec_dir=spec_dir, documents=documents, api=api, files=files, before=before,
        specs=handwritten, override_keys=overrides, stale_overrides=(),
    )  # fmt: skip
    return files


def load_overrides(path: Path) -> dict[str, dict[str, Any]]:
    """`operations:` in spec/overrides.yaml, keyed `v3:operationId`."""
    if not path.exists():
        return {}
    raw = read_yaml(path, path.name) or {}
    if not isinstance(raw, dict) or set(raw) - {"operations"}:
        raise SpecError(path.name, "", "the only key is `operations`")
    operations = raw.get("operations") or {}
    for key, change in operations.items():
        allowed = {"batch_limit", "required_query", "filter_required"}
        if not isinstance(change, dict) or set(change) - allowed:
            raise SpecError(
                path.name, f"operations.{key}", "allowed: " + ", ".join(sorted(allowed))
            )
        if not isinstance(change.get("filter_required", False), bool):
            raise SpecError(path.name, f"operations.{key}.filter_required", "not true or false")
        limit = change.get("batch_limit", 1)
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
            raise SpecError(path.name, f"operations.{key}.batch_limit", "not a positive integer")
    return dict(operations)


def apply_overrides(api: ApiDescription, overrides: dict[str, dict[str, Any]]) -> ApiDescription:
    known = {f"{op.version}:{op.operation_id}" for op in api.operations}
    for key in overrides:
        if key not in known:
            raise SpecError(OVERRIDES, f"operations.{key}", "no such operation in the documents")
    return replace(api, operations=tuple(_amend(op, overrides) for op in api.operations))


def _amend(op: Operation, overrides: dict[str, dict[str, Any]]) -> Operation:
    change = overrides.get(f"{op.version}:{op.operation_id}")
    if not change:
        return op
    body = op.body
    if "batch_limit" in change and body is not None:
        body = Body(body.content_type, body.type, body.required, int(change["batch_limit"]))
    required = set(change.get("required_query", ()))
    params = tuple(replace(p, required=True) if p.name in required else p for p in op.params)
    filter_required = bool(change.get("filter_required", op.filter_required))
    return replace(op, body=body, params=params, filter_required=filter_required)


def index_file(api: ApiDescription) -> str:
    """Every operation of the documents, for the generator's operation index."""
    documented = [
        [op.version, op.method, op.path.strip("/"), op.operation_id] for op in api.operations
    ]
    excluded = [
        {"file": e.file, "method": e.method, "path": e.path, "operation_id": e.operation_id,
         "reason": e.reason}
        for e in api.excluded
    ]  # fmt: skip
    return dump({"documented": documented, "excluded": excluded})

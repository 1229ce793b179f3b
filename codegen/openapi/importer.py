"""`python -m codegen import-openapi DIR`: documents -> overrides -> resource tree -> spec/."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from ..build_index import compat_served
from ..operation import path_shape
from ..spec_loader import COMPAT, INDEX, OVERRIDES, load_specs
from .compat_file import compat_file
from .consolidate import consolidate
from .group import build_tree, tree_calls
from .model import ApiDescription
from .names_lock import LOCK, read_lock
from .operations import read_api
from .overrides import apply_overrides, load_overrides
from .report import REPORT, read_imported, write_report
from .write_spec import body_names, dump, spec_files

IMPORTED = "imported"


@dataclass(frozen=True)
class ImportResult:
    files: dict[str, str]  # path under spec/ -> the text written there
    # (override key, message): overrides in spec/overrides.yaml that no longer apply
    warnings: list[tuple[str, str]] = field(default_factory=list)


def import_openapi(docs: Path, spec_dir: Path, root: Path) -> ImportResult:
    """Write spec/imported/ afresh from the documents in `docs`, and spec/IMPORT_REPORT.md (see
    `report.write_report`); returns what was written and the overrides that no longer apply."""
    documents = read_api(docs)
    overrides = load_overrides(spec_dir / OVERRIDES)
    amended = apply_overrides(documents, overrides)
    api = amended.api
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
    bodies = body_names(api, tree, folded.public, lock)
    files = spec_files(api, tree, reserved, folded.public, bodies)
    files[f"{IMPORTED}/{INDEX}"] = index_file(api)
    files[f"{IMPORTED}/{COMPAT}"] = dump(compat_file(api, handwritten))
    files[LOCK] = lock.updated(tree_calls(tree), folded.identities, bodies).text()
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
        specs=handwritten, override_keys=overrides, stale_overrides=amended.warnings,
    )  # fmt: skip
    return ImportResult(files, list(amended.warnings))


def index_file(api: ApiDescription) -> str:
    """Every operation of the documents, for the generator's operation index; the payments
    gateway's are listed as version "payments" (they are not under a version root)."""
    documented = [
        [op.version if op.server == "api" else op.server, op.method, op.path.strip("/"),
         op.operation_id]
        for op in api.operations
    ]  # fmt: skip
    excluded = [
        {"file": e.file, "method": e.method, "path": e.path, "operation_id": e.operation_id,
         "reason": e.reason}
        for e in api.excluded
    ]  # fmt: skip
    return dump({"documented": documented, "excluded": excluded})

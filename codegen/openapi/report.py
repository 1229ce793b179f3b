"""spec/IMPORT_REPORT.md: what an import changed, and where the documents contradict themselves.

Written by `make import` after spec/imported/ (see spec/README.md, "Import report"). Everything in
it is sorted and nothing depends on the clock, so the same documents, overrides and history give
the same text.

The changes are counted from the spec/imported/ that was on disk before the import. An import
that changes nothing there keeps the change sections of the report already written, so running
the import again, on any checkout (shallow, an archive), gives the same report; only a new import
that changes the files moves the baseline.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..naming import body_typeddict_model
from ..operation import path_shape
from ..spec_loader import LoadedSpec
from .example_check import Finding, check_examples, handwritten
from .examples import Example, OperationKey, read_examples
from .model import ApiDescription, Operation
from .overrides import match_key

REPORT = "IMPORT_REPORT.md"
IMPORTED = "imported"
#: How far back along first parents the baseline is looked for.

DOCUMENT_ERROR = "document's error"

#: (version, METHOD, path) -> (operation id, call)
Operations = dict[tuple[str, str, str], tuple[str, str]]


@dataclass(frozen=True)
class Snapshot:
    """What a version of spec/imported/ offers: its operations and its public model names."""

    operations: Operations
    #: "v3 Product" (version and public name) -> what it stands for, as text: the definition of
    #: its model (and, for a request body, the verb), so a rename is told from a new model
    models: Mapping[str, str]


@dataclass(frozen=True)
class Inconsistency:
    finding: Finding
    call: str
    verdict: str  # DOCUMENT_ERROR, "fixed by override KEY", "caused by override KEY"


# -- reading versions of spec/imported/ ---------------------------------------------------------


def snapshot(files: Mapping[str, str]) -> Snapshot:
    """`files`: path relative to spec/ ("imported/v3/catalog.yaml") -> YAML text."""
    operations: Operations = {}
    models: dict[str, str] = {}
    calls: dict[tuple[str, str, str], str] = {}
    for rel, text in sorted(files.items()):
        data = yaml.load(text, Loader=_Loader) if rel.endswith(".yaml") else None
        if not isinstance(data, dict):
            continue
        if rel == f"{IMPORTED}/index.yaml":
            for entry in data.get("documented") or ():
                if isinstance(entry, list) and len(entry) == 4:
                    version, method, path, operation_id = (str(part) for part in entry)
                    operations[(version, method, path)] = (operation_id, "")
            continue
        models.update(_public_models(data))
        for chain, node in (data.get("nodes") or {}).items():
            for verb, op in ((node or {}).get("operations") or {}).items():
                call = f"api.{chain}.{verb}" if chain else f"api.{verb}"
                # the payments gateway's operations are listed as version "payments"
                server = op.get("server")
                version = str(server if server and server != "api" else data.get("api"))
                calls[(version, str(op.get("method")), str(op.get("path")))] = call
                if op.get("unscoped_path"):
                    unscoped = (version, str(op.get("method")), str(op["unscoped_path"]))
                    calls[unscoped] = f"{call} (unscoped)"
    for key, (operation_id, _none) in operations.items():
        operations[key] = (operation_id, calls.get(key, ""))
    return Snapshot(operations, models)


def _public_models(data: Mapping[str, object]) -> dict[str, str]:
    """A spec file's exports: "v3 Product" -> the definition it stands for, as text."""
    exports = data.get("exports")
    defined = data.get("models")
    if not isinstance(exports, dict) or not isinstance(defined, dict):
        return {}
    out = {}
    for public, key in exports.items():
        target, verb = str(key), ""
        body = body_typeddict_model(target) if target not in defined else None
        if body is not None:  # a request body's TypedDict
            target, verb = body
        definition = json.dumps(defined.get(target), sort_keys=True, default=str)
        out[f"{data.get('api')} {public}"] = f"{verb} {definition}"
    return out


class _Loader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    """The fast loader, when PyYAML has it."""


def read_imported(spec_dir: Path) -> dict[str, str]:
    """spec_dir/imported/ on disk, as `snapshot` takes it."""
    target = spec_dir / IMPORTED
    if not target.is_dir():
        return {}
    return {
        path.relative_to(spec_dir).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(target.rglob("*.yaml"))
    }


#: The first section written again on every import; the ones above it are the changes.
_FIRST_UNCHANGING = "## Overrides that no longer apply"


def kept_changes(previous_report: str, fresh: str) -> str:
    """`fresh` with the change sections of `previous_report`, for an import that changed
    nothing (see the module docstring); `fresh` as it is when the old report has no such part."""
    old_head, found, _ = previous_report.partition(_FIRST_UNCHANGING)
    _, found_fresh, fresh_tail = fresh.partition(_FIRST_UNCHANGING)
    if not found or not found_fresh:
        return fresh
    return old_head + _FIRST_UNCHANGING + fresh_tail


# -- examples ---------------------------------------------------------------------------------


def override_key(op: Operation, keys: Iterable[str]) -> str | None:
    """The key of spec/overrides.yaml that names `op` (`GET /v3/catalog/products/{id}`, matched
    by method, version and path shape as the importer matches it)."""
    wanted = (op.method, op.version, path_shape(op.path))
    return next((key for key in sorted(keys) if match_key(key) == wanted), None)


def inconsistencies(
    documents: ApiDescription,
    api: ApiDescription,
    examples: Mapping[OperationKey, list[Example]],
    specs: list[LoadedSpec],
    override_keys: Iterable[str],
    calls: Mapping[tuple[str, str], str],
) -> list[Inconsistency]:
    """Each example that disagrees with its schema, as the documents have it (`documents`) or
    after spec/overrides.yaml (`api`), with its verdict."""
    served = handwritten(specs)
    before = {(f.key, f.number): f for f in check_examples(documents, examples, served)}
    after = {(f.key, f.number): f for f in check_examples(api, examples, served)}
    ops = {f"{op.version}:{op.operation_id}": op for op in api.operations}
    keys = sorted(override_keys)
    out: list[Inconsistency] = []
    for where in sorted(set(before) | set(after)):
        op = ops[where[0]]
        override = override_key(op, keys) or "?"
        if where not in after:
            finding, verdict = before[where], f"fixed by override {override}"
        elif where not in before:
            finding, verdict = after[where], f"caused by override {override}"
        else:
            finding, verdict = after[where], DOCUMENT_ERROR
        call = calls.get((op.version, op.operation_id)) or served.calls.get(
            (op.version, op.method, path_shape(op.path)), ""
        )
        out.append(Inconsistency(finding, call, verdict))
    return out


# -- the report --------------------------------------------------------------------------------


def render(
    previous: Snapshot,
    current: Snapshot,
    stale_overrides: Sequence[tuple[str, str]],
    found: Sequence[Inconsistency],
) -> str:
    added = sorted(set(current.operations) - set(previous.operations))
    removed = sorted(set(previous.operations) - set(current.operations))
    renamed = sorted(
        key
        for key in set(previous.operations) & set(current.operations)
        if previous.operations[key] != current.operations[key]
    )
    models_added = sorted(set(current.models) - set(previous.models))
    models_removed = sorted(set(previous.models) - set(current.models))
    moved = _renamed_models(previous, current, models_added, models_removed)
    models_added = [m for m in models_added if m not in {now for _, now in moved}]
    models_removed = [m for m in models_removed if m not in {was for was, _ in moved}]
    lines = [
        "# Import report",
        "",
        "Written by `make import` (codegen/openapi/report.py); do not edit. How to read it:",
        'spec/README.md, "Import report". Changes are counted from the previous version of',
        "spec/imported/.",
        "",
        f"## Operations added ({len(added)})",
        "",
        *_table(
            ("operation", "operation id", "call"),
            [(_op(k), current.operations[k][0], current.operations[k][1]) for k in added],
        ),
        f"## Operations removed ({len(removed)})",
        "",
        *_table(
            ("operation", "operation id", "call"),
            [(_op(k), previous.operations[k][0], previous.operations[k][1]) for k in removed],
        ),
        f"## Operations renamed ({len(renamed)})",
        "",
        *_table(
            ("operation", "was", "now"),
            [
                (_op(k), _named(previous.operations[k]), _named(current.operations[k]))
                for k in renamed
            ],
        ),
        *_names("Models added", models_added),
        *_names("Models removed", models_removed),
        f"## Models renamed ({len(moved)})",
        "",
        *_table(("was", "now"), moved),
        f"## Overrides that no longer apply ({len(stale_overrides)})",
        "",
        *_table(("override", "why"), sorted(stale_overrides)),
        f"## The documents' inconsistencies ({len(found)})",
        "",
        "Response examples that disagree with their operation's schema (see spec/README.md).",
        "",
        *_table(
            ("operation", "call", "example", "kind", "disagreement", "verdict"),
            [
                (
                    i.finding.key,
                    i.call,
                    f"#{i.finding.number} ({i.finding.status})",
                    i.finding.kind,
                    i.finding.reason,
                    i.verdict,
                )
                for i in found
            ],
        ),
    ]
    return "\n".join(lines).rstrip("\n") + "\n"


def _renamed_models(
    previous: Snapshot, current: Snapshot, added: Sequence[str], removed: Sequence[str]
) -> list[tuple[str, str]]:
    """(was, now) for each removed public name whose definition exactly one added name has, in
    the same version, and no other removed name: a rename (an edit of the names lock)."""
    out = []
    for was in removed:
        version = was.split(" ", 1)[0]
        same = [
            now
            for now in added
            if now.split(" ", 1)[0] == version and current.models[now] == previous.models[was]
        ]
        twins = [other for other in removed if previous.models[other] == previous.models[was]]
        if len(same) == 1 and twins == [was]:
            out.append((was, same[0]))
    return out


def _op(key: tuple[str, str, str]) -> str:
    version, method, path = key
    return f"{version} {method} /{path}"


def _named(entry: tuple[str, str]) -> str:
    operation_id, call = entry
    return f"{operation_id} {call}".strip()


def _names(title: str, names: list[str]) -> list[str]:
    body = [", ".join(f"`{_cell(n)}`" for n in names), ""] if names else ["(none)", ""]
    return [f"## {title} ({len(names)})", "", *body]


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_MARKUP = re.compile(r"[|\\`*<>\[\]]")


def _cell(text: str) -> str:
    """Text from the documents, inert in a Markdown table cell: one line, markup escaped."""
    text = " ".join(_CONTROL.sub(" ", str(text)).split())[:300]
    return _MARKUP.sub(lambda m: "\\" + m.group(), text)


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    if not rows:
        return ["(none)", ""]
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(_cell(cell) for cell in row) + " |" for row in rows]
    return [*out, ""]


# -- the importer's call -------------------------------------------------------------------------


def write_report(
    *,
    docs: Path,
    spec_dir: Path,
    documents: ApiDescription,
    api: ApiDescription,
    files: Mapping[str, str],
    before: Mapping[str, str],
    specs: list[LoadedSpec],
    override_keys: Iterable[str],
    stale_overrides: Sequence[tuple[str, str]] = (),
) -> str:
    """Write spec_dir/IMPORT_REPORT.md and return its text. `files`: spec/imported/ as written;
    `before`: as it was on disk before (the baseline); `stale_overrides`: (key, why) for each
    override that no longer applies to the documents."""
    current = {rel: text for rel, text in files.items() if rel.startswith(f"{IMPORTED}/")}
    current_snapshot = snapshot(current)
    calls = _calls(current_snapshot)
    found = inconsistencies(documents, api, read_examples(docs), specs, override_keys, calls)
    text = render(snapshot(before), current_snapshot, stale_overrides, found)
    target = spec_dir / REPORT
    if dict(before) == current and target.is_file():
        text = kept_changes(target.read_text(encoding="utf-8"), text)
    target.write_text(text, encoding="utf-8")
    return text


def _calls(snap: Snapshot) -> dict[tuple[str, str], str]:
    return {
        (version, operation_id): call
        for (version, _method, _path), (operation_id, call) in snap.operations.items()
    }

"""Response examples keep their content in the generated models; spec/IMPORT_REPORT.md is current.

With BIGCOMMERCE_OPENAPI_DIR set: every 2xx example that the committed report does not list as
the document's error is validated into its operation's result type (from the operation index,
inside `data` where the imported spec says `envelope`), without the lenient fallback, and dumped
by alias without unset fields equals the example after the normalisation of spec/README.md
("Import report"). And a fresh import writes the committed report byte for byte.

Without the documents: the check (`codegen.openapi.example_check`) and the report
(`codegen.openapi.report`) on small hand-made inputs.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter

from bigcommerce import operations
from codegen.openapi.example_check import Result, check_example, check_examples
from codegen.openapi.examples import read_examples
from codegen.openapi.importer import import_openapi
from codegen.openapi.model import (
    ApiDescription,
    Operation,
    Response,
    Schema,
    SchemaField,
)
from codegen.openapi.report import (
    DOCUMENT_ERROR,
    REPORT,
    Snapshot,
    inconsistencies,
    kept_changes,
    render,
)
from codegen.spec_loader import load_specs

from .index_types import index_type

DOCS = os.environ.get("BIGCOMMERCE_OPENAPI_DIR")
ROOT = Path(__file__).resolve().parent.parent
needs_docs = pytest.mark.skipif(
    not DOCS, reason="set BIGCOMMERCE_OPENAPI_DIR to the published documents"
)

_DATETIME: TypeAdapter[dt.datetime] = TypeAdapter(dt.datetime)


def _differs(dumped: Any, example: Any, where: str = "") -> str:
    """Where the dumped model differs from the example after normalisation ("" when equal):
    numbers equal by value (int, float, Decimal; a bool is not a number), a datetime equal to
    date-time text naming the same instant, a date equal to its ISO text; all else exactly."""
    if isinstance(dumped, dict) and isinstance(example, dict):
        if set(dumped) != set(example):
            return f"{where}: keys {sorted(set(dumped) ^ set(example))}"
        return next(
            (d for k in dumped if (d := _differs(dumped[k], example[k], f"{where}.{k}"))), ""
        )
    if isinstance(dumped, list) and isinstance(example, list):
        if len(dumped) != len(example):
            return f"{where}: {len(dumped)} items, not {len(example)}"
        pairs = zip(dumped, example, strict=True)
        return next(
            (d for i, (a, b) in enumerate(pairs) if (d := _differs(a, b, f"{where}[{i}]"))), ""
        )
    if isinstance(dumped, bool) or isinstance(example, bool):
        same = dumped is example
    elif isinstance(dumped, (int, float, Decimal)) and isinstance(example, (int, float)):
        same = dumped == example
    elif isinstance(dumped, dt.datetime) and isinstance(example, str):
        same = dumped == _DATETIME.validate_python(example)
    elif isinstance(dumped, dt.date) and isinstance(example, str):
        same = dumped == dt.date.fromisoformat(example)
    else:
        same = type(dumped) is type(example) and dumped == example
    return "" if same else f"{where or 'the answer'}: {type(dumped).__name__}, not as written"


def _listed_errors(report: str) -> set[tuple[str, int]]:
    """(version:operationId, example number) of each row not kept: document's errors and
    disagreements an override causes."""
    listed = set()
    for line in report.splitlines():
        row = re.fullmatch(r"\| (v[23]:\w+) \|.*\| #(\d+) \(\d+\) \|.*\| ([^|]+) \|", line)
        if row and not row.group(3).startswith("fixed by override"):
            listed.add((row.group(1), int(row.group(2))))
    return listed


def _envelopes() -> dict[tuple[str, str], bool]:
    """(version, operationId) -> whether the imported spec reads its answer inside `data`."""
    out = {}
    for loaded in load_specs(ROOT / "spec", ROOT):
        for node in loaded.spec.nodes.values():
            for op in node.operations.values():
                for operation_id in (op.operation_id, op.unscoped_operation_id):
                    if operation_id:
                        out[(loaded.spec.api, operation_id)] = op.result.envelope
    return out


@needs_docs
def test_examples_not_listed_in_the_report_keep_their_content() -> None:
    listed = _listed_errors((ROOT / "spec" / REPORT).read_text(encoding="utf-8"))
    assert ("v3:createCheckoutToken", 0) not in listed  # fixed by its override: checked below
    assert ("v3:deleteCartLineItem", 0) in listed and ("v3:getAllBulkPricingRules", 0) in listed
    index = {(op.version, op.operation_id): op for op in operations() if op.version}
    envelopes = _envelopes()
    checked, problems = 0, []
    for (version, operation_id), answers in sorted(read_examples(str(DOCS)).items()):
        op = index[(version, operation_id)]
        for number, (_status, example) in enumerate(answers):
            if (f"{version}:{operation_id}", number) in listed or op.result in ("None", "bytes"):
                continue
            where = f"{version}:{operation_id} #{number} -> {op.result}"
            if op.result == "int" and (version, operation_id) not in envelopes:
                # the old client's count: the call answers the `count` of the object
                if not isinstance(example.get("count"), int):
                    problems.append(f"{where}: no count")
                checked += 1
                continue
            data = example["data"] if envelopes.get((version, operation_id)) else example
            adapter = TypeAdapter(index_type(op.result))
            try:
                value = adapter.validate_python(data)
            except ValueError as exc:
                problems.append(f"{where}: {str(exc).splitlines()[0]}")
                continue
            dumped = adapter.dump_python(value, by_alias=True, exclude_unset=True)
            differs = _differs(dumped, data)
            if differs:
                problems.append(f"{where}: {differs}")
            checked += 1
    assert not problems, "\n".join(problems)
    assert checked > 200  # the documents have ~290 examples; most must be checked


@needs_docs
def test_the_committed_report_is_what_make_import_writes(tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    import_openapi(Path(str(DOCS)), spec, tmp_path)
    fresh = (spec / REPORT).read_text(encoding="utf-8")
    assert (ROOT / "spec" / REPORT).read_text(encoding="utf-8") == fresh, (
        "spec/IMPORT_REPORT.md is out of date: run `make import`"
    )


# -- the check, on small inputs -------------------------------------------------------------------

_SCHEMAS = {
    "Thing": Schema(
        "Thing",
        (
            SchemaField("id", "int"),
            SchemaField("name", "str"),
            SchemaField("at", "datetime"),
            SchemaField("price", "decimal"),
            SchemaField("parts", "list[Thing]"),
        ),
        "t.v3.yml",
    )
}


@pytest.mark.parametrize(
    ("result", "version", "example", "kind", "says"),
    [
        (Result("Thing", True, True), "v3", {"id": 1}, "envelope", "not the {data, meta}"),
        (Result("Thing", False, True), "v3", {"data": {"id": 1}}, "envelope", "every field"),
        (Result("Thing", True, True), "v3", {"data": [{"id": 1}]}, "shape", "a list"),
        (Result("list[Thing]", True, True), "v3", {"data": {"id": 1}}, "shape", "one object"),
        (
            Result("Thing", True, True),
            "v3",
            {"data": {"id": 1}, "meta": {"pagination": {"total": 2}}},
            "shape",
            "paged",
        ),
        (Result("Thing", False, True), "v3", {"id": "7"}, "type", "id: text, not an integer"),
        (Result("Thing", False, True), "v3", {"name": 7}, "type", "name: a number, not text"),
        (Result("Thing", False, True), "v3", {"at": "soon"}, "type", "at: text, not a date-time"),
        (Result("Thing", False, True), "v2", {"price": 1.5}, "type", "not text (decimal)"),
        (Result("Thing", False, True), "v3", {"parts": ["x"]}, "type", "parts[0]: text"),
        (Result("Thing", False, True), "v3", {"other": 1}, "unknown", "no field of Thing"),
        (
            Result("Thing", False, True),
            "v3",
            {"id": 1, "parts": [{}]},
            "missing",
            "parts[0]: no id",
        ),
        (Result("int", False, True, count=True), "v2", {"total": 1}, "shape", "count"),
    ],
)
def test_check_example_names_the_disagreement(
    result: Result, version: str, example: Any, kind: str, says: str
) -> None:
    found = check_example(result, version, example, _SCHEMAS)
    assert found is not None and found[0] == kind and says in found[1], found


@pytest.mark.parametrize(
    ("result", "version", "example"),
    [
        (Result("Thing", True, True), "v3", {"data": {"id": 1.0, "at": "2024-01-02T03:04:05Z"}}),
        (Result("Thing", False, True), "v3", {"id": 1, "extra": [1], "parts": [{"id": 2}]}),
        (Result("Thing", False, True), "v2", {"id": 1, "price": "1.5", "at": "Tue, 20 Nov 2012"}),
        (Result("list[Thing]", True, True), "v3", {"data": [], "meta": {"pagination": {}}}),
        (Result(None, False, False), "v3", {"anything": "goes"}),
        (Result("int", False, True, count=True), "v2", {"count": 3}),
    ],
)
def test_check_example_accepts_what_the_models_keep(
    result: Result, version: str, example: Any
) -> None:
    assert check_example(result, version, example, _SCHEMAS) is None


def _op(operation_id: str, data_type: str | None) -> Operation:
    response = Response(200, "application/json", "Env" if data_type else "Thing", data_type)
    return Operation("t.v3.yml", "v3", "GET", "/things", operation_id, (), None, (response,))


def test_an_override_that_fixes_an_example_is_named_and_a_remaining_one_is_the_documents() -> None:
    schemas = tuple(_SCHEMAS.values())
    documents = ApiDescription((_op("getThing", None), _op("getOther", None)), schemas, ())
    fixed = ApiDescription((_op("getThing", "Thing"), _op("getOther", None)), schemas, ())
    examples = {
        ("v3", "getThing"): [(200, {"data": {"id": 1}})],
        ("v3", "getOther"): [(200, {"data": {"id": 2}}), (200, {"id": 3})],
    }
    assert len(check_examples(documents, examples)) == 2
    found = inconsistencies(
        documents, fixed, examples, [], ["GET /v3/things"], {("v3", "getThing"): "api.things.get"}
    )
    rows = [(i.finding.key, i.finding.number, i.call, i.verdict) for i in found]
    assert rows == [
        ("v3:getOther", 0, "", DOCUMENT_ERROR),
        ("v3:getThing", 0, "api.things.get", "fixed by override GET /v3/things"),
    ]


# -- the report, on small inputs ------------------------------------------------------------------


def test_render_lists_changes_sorted_and_escapes_the_documents_text() -> None:
    before = Snapshot(
        {
            ("v3", "GET", "things"): ("getThings", "api.things.all"),
            ("v3", "DELETE", "things"): ("deleteThings", "api.things.delete_all"),
            ("v3", "GET", "old"): ("getOld", "api.old.all"),
        },
        {"v3 Thing": "{}", "v3 Old": "{old}", "v3 Gadget": "{gadget}", "v2 Gadget": "{g2}"},
    )
    after = Snapshot(
        {
            ("v3", "GET", "things"): ("listThings", "api.things.all"),
            ("v3", "DELETE", "things"): ("deleteThings", "api.things.delete_all"),
            ("v3", "GET", "new"): ("getNew", "api.new.all"),
            ("v3", "GET", "abc"): ("getAbc", "api.abc.all"),
        },
        {"v3 Thing": "{}", "v3 New": "{new}", "v3 Widget": "{gadget}", "v2 Gadget": "{g2}"},
    )
    text = render(before, after, [("v3:gone", "no such operation | anymore")], [])
    assert render(before, after, [("v3:gone", "no such operation | anymore")], []) == text
    sections = dict(re.findall(r"## ([^\n]+)\n\n(.*?)(?=\n## |\Z)", text, re.S))
    assert sections["Operations added (2)"].splitlines()[2:] == [
        "| v3 GET /abc | getAbc | api.abc.all |",
        "| v3 GET /new | getNew | api.new.all |",
    ]
    assert "| v3 GET /old | getOld | api.old.all |" in sections["Operations removed (1)"]
    assert (
        "| v3 GET /things | getThings api.things.all | listThings api.things.all |"
        in (sections["Operations renamed (1)"])
    )
    assert sections["Models added (1)"].strip() == "`v3 New`"
    assert sections["Models removed (1)"].strip() == "`v3 Old`"
    assert "| v3 Gadget | v3 Widget |" in sections["Models renamed (1)"]  # the same definition
    assert "| v3:gone | no such operation \\| anymore |" in text
    assert sections["The documents' inconsistencies (0)"].strip().endswith("(none)")


def test_render_keeps_hostile_example_keys_inside_their_cell() -> None:
    schemas = {"Thing": Schema("Thing", (SchemaField("id", "int"),), "t.v3.yml")}
    found = check_example(
        Result("Thing", False, True), "v3", {"a|b\n## x": 1, "<script>`": 2}, schemas
    )
    assert found is not None
    api = ApiDescription((_op("getThing", None),), tuple(schemas.values()), ())
    rows = inconsistencies(api, api, {("v3", "getThing"): [(200, {"a|b\n## x": 1})]}, [], [], {})
    text = render(Snapshot({}, {}), Snapshot({}, {}), [], rows)
    table = [line for line in text.splitlines() if line.startswith("| v3:getThing")]
    assert len(table) == 1 and "a\\|b ## x" in table[0]
    assert table[0].count(" | ") == 5  # six cells, none split by the key


def test_an_import_that_changes_nothing_keeps_the_changes_of_the_last_one() -> None:
    stale = "## Overrides that no longer apply"
    old = f"# Import report\n\n## Operations added (1)\n\n- x\n\n{stale} (0)\nA\n"
    fresh = f"# Import report\n\n## Operations added (0)\n\n(none)\n\n{stale} (1)\nB\n"
    kept = kept_changes(old, fresh)
    assert kept == f"# Import report\n\n## Operations added (1)\n\n- x\n\n{stale} (1)\nB\n"
    assert kept_changes("not a report", fresh) == fresh

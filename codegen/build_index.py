"""The operation index: every documented operation -> the Python call that performs it.

Imported operations are matched by operationId (a node method, or its unscoped form); documented
v2 operations by method and path to the hand-written resources of the old client. What matches
nothing is listed with the reason it is left out. The calls are read off the same operation
descriptions the methods are generated from (`operation.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .build_areas import AreaNames, public_type_name
from .collect import collect_resources
from .ir import IndexEntryIR
from .operation import Operation, index_keys, path_shape, resource_operations
from .spec_loader import LoadedSpec
from .spec_schema import IndexFile

V2_NOT_GENERATED = "v2 operation the old client did not have; reach it with api.connection"


def build_index(
    operations: Iterable[Operation], index: IndexFile, names: AreaNames | None = None
) -> tuple[IndexEntryIR, ...]:
    """Result types name imported models as the areas export them (`names`): `V3Product` ->
    `v3.catalog.Product`."""
    calls = {
        key: (call, _public_type(op, names or {}))
        for op in operations
        for key, call in index_keys(op)
    }
    out: list[IndexEntryIR] = []
    for version, method, path, operation_id in index.documented:
        found = calls.get((version, operation_id)) or calls.get((version, method, path_shape(path)))
        call, result = found if found else ("", "")
        reason = "" if found else V2_NOT_GENERATED if version == "v2" else "not generated"
        out.append(IndexEntryIR(version, method, "/" + path, operation_id, call, result, reason))
    for ex in index.excluded:
        out.append(IndexEntryIR("", ex.method, ex.path, ex.operation_id, "", "", ex.reason))
    return tuple(out)


_NAME = re.compile(r"\w+")


def _public_type(op: Operation, names: AreaNames) -> str:
    """The operation's result type with every model key written as its public name:
    `list[V3Product]` -> `list[v3.catalog.Product]`."""
    area = op.owner.split(".")[0]
    return _NAME.sub(
        lambda m: public_type_name(names, op.version, area, m.group(0)), op.result_type or "None"
    )


def compat_served(specs: list[LoadedSpec]) -> set[tuple[str, ...]]:
    """The (version, method, path shape) of every operation the old client's resources serve."""
    _models, resources = collect_resources(specs)
    return {
        key for res in resources for op in resource_operations(res) for key, _ in index_keys(op)
    }

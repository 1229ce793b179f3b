# Copied from runtime/operation_index.py by codegen (`make generate`); do not edit.
"""Every operation of BigCommerce's published REST documents and the call that performs it.

`bigcommerce.operations()` returns the table (generated into `operations.json` beside this file);
`python -m bigcommerce.operation_index` prints it as JSON, and with `--coverage` how much of the
API the client covers.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from importlib import resources
from typing import NamedTuple


class Operation(NamedTuple):
    # "v2" or "v3"; "payments" for the payments gateway (payments.bigcommerce.com); "" for
    # the other operations outside the management API
    version: str
    method: str
    path: str  # relative to the version root (the gateway's: to /stores/{store_hash})
    operation_id: str
    call: str  # the Python call on a BigcommerceApi `api`; "" when left out
    result: str  # what the call returns
    left_out: str  # why there is no call


@cache
def operations() -> tuple[Operation, ...]:
    """The index: one row per documented operation, including those left out and why."""
    text = resources.files(__package__).joinpath("operations.json").read_text(encoding="utf-8")
    return tuple(Operation(**row) for row in json.loads(text))


def coverage() -> str:
    """`covered / total` per version, the payments gateway, and over the management API."""
    rows = operations()
    lines = []
    for version in ("v2", "v3", "payments", ""):
        mine = [op for op in rows if op.version == version]
        label = version or "outside the management API (storefront, provider)"
        lines.append(f"{label}: {sum(1 for op in mine if op.call)} / {len(mine)} covered")
    managed = [op for op in rows if op.version in ("v2", "v3")]
    covered = sum(1 for op in managed if op.call)
    lines.append(f"management API: {covered} / {len(managed)} operations covered")
    return "\n".join(lines)


if __name__ == "__main__":
    if "--coverage" in sys.argv:
        print(coverage())
    else:
        print(json.dumps([op._asdict() for op in operations()], indent=1))

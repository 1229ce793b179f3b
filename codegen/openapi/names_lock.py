"""spec/names.lock.yaml: every public name of the imported API, so re-imports never rename one.

The lock is the one place names are chosen after the rule (`consolidate.py`, `group.py`):

- `calls`: `v3 GET catalog/products` -> `catalog.products.all`. An operation is known by its
  version, method and path, whatever its operationId; its method keeps the locked name.
- `models`: per version, public name -> the identities of the schemas it stands for: a
  component's name (`productFull`, `metafield_Full/custom_url`), or for an inline schema the
  operation and the position it comes from (`GET /catalog/products responses/200/schema/
  properties/data/items`). A class takes the locked name that most of its identities carry.
- `bodies`: `v3 MetafieldCreate update` -> `MetafieldUpdate`: the public name of a request
  body's TypedDict that is not its model's name (`write_spec.body_names`), by version, the
  model's public name and the verb.

`make import` reads it before naming and writes it back with every name in use added; names no
longer in the documents stay (importing the documents that have them again brings them back
under the same name) and are never given to another object. A rename is a deliberate edit of
the lock: change the name (the identities stay), import, and the report lists the change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..spec_loader import NAMES_LOCK, SpecError, read_yaml

LOCK = NAMES_LOCK
HEADER = (
    "# The public names of the imported API (codegen/openapi/names_lock.py). Written by\n"
    "# `make import`; a name changes only when this file is edited (then import again).\n"
)
Identity = str
CallKey = tuple[str, str, str]  # (version, METHOD, path without the leading /)


def schema_identity(source: str) -> Identity:
    """What a schema is known by across versions of the documents, from where it is defined
    (`file#/pointer`): a component's name (and the place inside it), or the operation and the
    place in it; the file and the media type do not count."""
    pointer = source.split("#", 1)[-1]
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
    if parts[:2] == ["components", "schemas"] and len(parts) >= 3:
        return "/".join(parts[2:])
    if parts[:1] == ["paths"] and len(parts) >= 3:
        rest = parts[3:]
        if "content" in rest:
            at = rest.index("content")
            rest = rest[:at] + rest[at + 2 :]
        return f"{parts[2].upper()} {parts[1]} {'/'.join(rest)}".rstrip()
    return "/".join(parts)


@dataclass
class NamesLock:
    calls: dict[str, str] = field(default_factory=dict)
    models: dict[str, dict[str, list[Identity]]] = field(default_factory=dict)
    bodies: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._index: dict[tuple[str, Identity], list[str]] = {}
        for version, names in self.models.items():
            for name, ids in names.items():
                for identity in ids:
                    self._index.setdefault((version, identity), []).append(name)

    def names(self, version: str) -> set[str]:
        """Every name the lock gives in `version`: its models' and its request bodies'."""
        bodies = {n for key, n in self.bodies.items() if key.split(" ", 1)[0] == version}
        return set(self.models.get(version, {})) | bodies

    def body(self, version: str, model: str, verb: str) -> str | None:
        """The locked name of the `verb` request body of the model named `model`, if any."""
        return self.bodies.get(body_key(version, model, verb))

    def model_claims(self, version: str, ids: Iterable[Identity]) -> dict[str, tuple[int, int]]:
        """Locked names carrying any of `ids` -> (0 when they carry exactly `ids` else 1, minus
        how many of them they carry): the best claim sorts first."""
        wanted = set(ids)
        counts: dict[str, int] = {}
        for identity in wanted:
            for name in self._index.get((version, identity), ()):
                counts[name] = counts.get(name, 0) + 1
        known = self.models.get(version, {})
        return {n: (int(set(known[n]) != wanted), -c) for n, c in counts.items()}

    def call(self, key: CallKey) -> str | None:
        """The locked method name of an operation (`all`), if any."""
        locked = self.calls.get(" ".join(key))
        return None if locked is None else locked.rsplit(".", 1)[-1]

    def updated(
        self,
        calls: Mapping[CallKey, str],
        models: Mapping[str, Mapping[str, Iterable[Identity]]],
        bodies: Mapping[str, str] | None = None,
    ) -> NamesLock:
        """This lock with the names of an import added (existing names are kept)."""
        new_calls = dict(self.calls)
        for key, call in calls.items():
            new_calls[" ".join(key)] = call
        new_models = {
            v: {n: list(ids) for n, ids in names.items()} for v, names in self.models.items()
        }
        for version, names in models.items():
            known = new_models.setdefault(version, {})
            for name, ids in names.items():
                known[name] = sorted(set(known.get(name, ())) | set(ids))
        new_bodies = {**(bodies or {}), **self.bodies}
        return NamesLock(new_calls, new_models, new_bodies)

    def text(self) -> str:
        data: dict[str, Any] = {
            "calls": dict(sorted(self.calls.items())),
            "models": {
                version: {name: sorted(ids) for name, ids in sorted(names.items())}
                for version, names in sorted(self.models.items())
            },
        }
        if self.bodies:
            data["bodies"] = dict(sorted(self.bodies.items()))
        return HEADER + yaml.safe_dump(data, sort_keys=False, width=1000, allow_unicode=True)


def read_lock(path: Path) -> NamesLock:
    if not path.exists():
        return NamesLock()
    raw: Any = read_yaml(path, path.name) or {}
    if not isinstance(raw, dict) or set(raw) - {"calls", "models", "bodies"}:
        raise SpecError(path.name, "", "the keys are `calls`, `models` and `bodies`")
    calls = raw.get("calls") or {}
    models = raw.get("models") or {}
    if not isinstance(calls, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in calls.items()
    ):
        raise SpecError(path.name, "calls", "not a map of `version METHOD path` to a call")
    if not isinstance(models, dict):
        raise SpecError(path.name, "models", "not a map of versions")
    for version, names in models.items():
        ok = isinstance(names, dict) and all(
            isinstance(n, str) and n.isidentifier() and isinstance(ids, list)
            and all(isinstance(i, str) for i in ids)
            for n, ids in names.items()
        )  # fmt: skip
        if version not in ("v2", "v3") or not ok:
            raise SpecError(path.name, f"models.{version}", "not a map of names to identities")
    bodies = raw.get("bodies") or {}
    if not isinstance(bodies, dict) or not all(
        isinstance(k, str) and len(k.split(" ")) == 3 and k.split(" ")[0] in ("v2", "v3")
        and k.split(" ")[2] in ("create", "update") and isinstance(v, str) and v.isidentifier()
        for k, v in bodies.items()
    ):  # fmt: skip
        raise SpecError(path.name, "bodies", "not a map of `version Model verb` to a name")
    return NamesLock(dict(calls), {str(v): dict(n) for v, n in models.items()}, dict(bodies))


def body_key(version: str, model: str, verb: str) -> str:
    """How the lock knows a request body: `v3 MetafieldCreate update`."""
    return f"{version} {model} {verb}"

"""Reads spec/**/*.yaml into validated `SpecFile`s; every error names the file and the key.

`read_yaml` is the one way the generator and the importer read YAML: a file that is not UTF-8,
not valid YAML, nested deeper than `MAX_DEPTH` or using aliases (which could make a small file
describe an enormous tree) is a `SpecError` naming it, never a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import ValidationError

from . import patterns
from .spec_schema import CompatFile, IndexFile, SpecFile

#: The hand-kept corrections the importer applies; not a spec file itself.
OVERRIDES = "overrides.yaml"
#: The importer's list of every documented operation, for the operation index.
INDEX = "index.yaml"
#: What the v2 documents say about the operations of the old client's classes.
COMPAT = "v2_compat.yaml"
#: The names lock (codegen/openapi/names_lock.py): not a spec file.
NAMES_LOCK = "names.lock.yaml"
#: How deeply lists and mappings may nest; BigCommerce's documents go 23 deep.
MAX_DEPTH = 64


class SpecError(Exception):
    """A spec file is wrong: `file: key: problem`."""

    def __init__(self, file: str, key: str, problem: str) -> None:
        super().__init__(f"{_printable(file)}: {_printable(key) or '(top level)'}: {problem}")
        self.file, self.key, self.problem = file, key, problem


def _printable(text: str) -> str:
    """`text` on one line: a hostile key cannot forge lines of the message."""
    return text if text.isprintable() else repr(text)[1:-1]


@dataclass(frozen=True)
class LoadedSpec:
    file: str  # path relative to the project, as it appears in generated headers
    spec: SpecFile


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses a mapping key given twice (YAML would keep the last silently)."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def key_path(loc: Iterable[Any]) -> str:
    """('resources', 'Products', 'verbs', 3) -> 'resources.Products.verbs[3]'."""
    out = ""
    for part in loc:
        if part == "[key]":  # pydantic's marker for a mapping key that failed its check
            continue
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def read_yaml(path: Path, name: str, loader: Any = _UniqueKeyLoader) -> Any:
    """The content of the YAML file at `path` (`name`: how errors call it), checked to be sane."""
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise SpecError(name, "", f"cannot be read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise SpecError(name, "", f"not UTF-8 text (byte {exc.start})") from None
    try:
        data = yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        raise SpecError(name, "", f"not valid YAML: {exc}") from None
    except RecursionError:
        raise SpecError(name, "", f"nests deeper than {MAX_DEPTH} levels") from None
    _check_tree(data, name)
    return data


def _check_tree(data: Any, name: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH and any list or mapping that appears twice (an alias:
    code walking the tree would see it once per appearance, exponentially often)."""
    seen: set[int] = set()
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if not isinstance(node, dict | list):
            continue
        if depth > MAX_DEPTH:
            raise SpecError(name, "", f"nests deeper than {MAX_DEPTH} levels")
        if id(node) in seen:
            raise SpecError(name, "", "uses a YAML alias for a list or mapping (not supported)")
        seen.add(id(node))
        stack.extend(
            (child, depth + 1) for child in (node.values() if isinstance(node, dict) else node)
        )


def load_file(path: Path, name: str) -> LoadedSpec:
    raw = read_yaml(path, name)
    try:
        return LoadedSpec(name, SpecFile.model_validate(raw))
    except ValidationError as exc:
        err = exc.errors()[0]
        more = f" (and {len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
        raise SpecError(name, key_path(err["loc"]), err["msg"] + more) from None


def load_specs(spec_dir: Path, root: Path) -> list[LoadedSpec]:
    """Every `*.yaml` under `spec_dir`, in path order; names are relative to `root`."""
    skipped = (OVERRIDES, INDEX, COMPAT, NAMES_LOCK)
    files = sorted(p for p in spec_dir.rglob("*.yaml") if p.name not in skipped)
    if not files:
        raise SpecError(str(spec_dir), "", "no spec files found")
    base = root if spec_dir.is_relative_to(root) else spec_dir.parent
    loaded = []
    for path in files:
        name = path.relative_to(base).as_posix()
        problem = patterns.problem(patterns.FILE_NAME, name)
        if problem is not None:  # the name is printed into comments of generated files
            raise SpecError(repr(name)[1:-1], "", f"bad file name: {problem}")
        loaded.append(load_file(path, name))
    return loaded


def load_index(spec_dir: Path, root: Path) -> IndexFile:
    """The importer's list of documented operations (empty when nothing was imported), with
    what the v2 documents say about the old client's classes (`COMPAT`) when it was written."""
    index = _load_imported(spec_dir / "imported" / INDEX, root, IndexFile, "operation index")
    compat = _load_imported(spec_dir / "imported" / COMPAT, root, CompatFile, "v2 compat file")
    return index.model_copy(update={"compat": compat})


_Imported = TypeVar("_Imported", IndexFile, CompatFile)


def _load_imported(path: Path, root: Path, kind: type[_Imported], what: str) -> _Imported:
    if not path.exists():
        return kind()
    name = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    raw = read_yaml(path, name)
    try:
        return kind.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise SpecError(name, key_path(err["loc"]), f"not a valid {what}: {err['msg']}") from None

"""Reads spec/**/*.yaml into validated `SpecFile`s; every error names the file and the key."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .spec_schema import IndexFile, SpecFile

#: The hand-kept corrections the importer applies; not a spec file itself.
OVERRIDES = "overrides.yaml"
#: The importer's list of every documented operation, for the operation index.
INDEX = "index.yaml"


class SpecError(Exception):
    """A spec file is wrong: `file: key: problem`."""

    def __init__(self, file: str, key: str, problem: str) -> None:
        super().__init__(f"{file}: {key or '(top level)'}: {problem}")
        self.file, self.key, self.problem = file, key, problem


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
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def load_file(path: Path, name: str) -> LoadedSpec:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
    except yaml.YAMLError as exc:
        raise SpecError(name, "", f"not valid YAML: {exc}") from None
    try:
        return LoadedSpec(name, SpecFile.model_validate(raw))
    except ValidationError as exc:
        err = exc.errors()[0]
        more = f" (and {len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
        raise SpecError(name, key_path(err["loc"]), err["msg"] + more) from None


def load_specs(spec_dir: Path, root: Path) -> list[LoadedSpec]:
    """Every `*.yaml` under `spec_dir`, in path order; names are relative to `root`."""
    files = sorted(p for p in spec_dir.rglob("*.yaml") if p.name not in (OVERRIDES, INDEX))
    if not files:
        raise SpecError(str(spec_dir), "", "no spec files found")
    base = root if spec_dir.is_relative_to(root) else spec_dir.parent
    return [load_file(path, path.relative_to(base).as_posix()) for path in files]


def load_index(spec_dir: Path, root: Path) -> IndexFile:
    """The importer's list of documented operations (empty when nothing was imported)."""
    path = spec_dir / "imported" / INDEX
    if not path.exists():
        return IndexFile()
    name = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    try:
        return IndexFile.model_validate(yaml.load(path.read_text("utf-8"), Loader=_UniqueKeyLoader))
    except (yaml.YAMLError, ValidationError) as exc:
        raise SpecError(name, "", f"not a valid operation index: {exc}") from None

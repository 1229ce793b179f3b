"""Spec files -> the collected spec: every model, resource and node, each with the file it is from.

The builders (`build_ir`, `build_nodes`, `build_routes`) read these types; collecting checks only
what it needs to file things by name (unique, valid class names and paths). Everything else is
checked where it is built.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TypeAlias

from .naming import class_name
from .spec_loader import LoadedSpec, SpecError
from .spec_schema import (
    CompatOperationSpec,
    FilterSpec,
    HelperSpec,
    ModelSpec,
    NodeSpec,
    SpecFile,
)

_PATH = re.compile(r"^[a-z0-9_]+(/[a-z0-9_]+)*$")


@dataclass(frozen=True)
class CollectedModel:
    """A model of a spec file: the file, the API version it belongs to, its name and its spec."""

    spec_file: str
    api: str
    name: str
    spec: ModelSpec


#: Every model of the specs, by name.
CollectedModels: TypeAlias = dict[str, CollectedModel]


@dataclass(frozen=True)
class CollectedResource:
    """A hand-written resource or subresource (the old client's), flattened with its parent's
    path and key."""

    name: str
    file: str
    key: str  # key path in its file, for errors
    api: str
    path: str
    model: str
    verbs: tuple[str, ...]
    pagination: str
    filters: dict[str, FilterSpec]
    parent_path: str | None = None
    parent_key: str | None = None
    count_path: str | None = None
    helper: HelperSpec | None = None
    parent: str | None = None
    # verb -> the documented operation it performs (spec/imported/v2_compat.yaml), once merged
    # (`compat_merge.merge_documents`)
    documented: Mapping[str, CompatOperationSpec] = field(default_factory=dict)


@dataclass(frozen=True)
class CollectedNode:
    """An imported node (`catalog.products`) of one API version, and the file it is from."""

    version: str
    chain: tuple[str, ...]
    file: str
    spec: NodeSpec


def collect_resources(
    specs: list[LoadedSpec],
) -> tuple[CollectedModels, list[CollectedResource]]:
    """Every model and every resource (subresources after their parent), in spec order."""
    models: CollectedModels = {}
    resources: list[CollectedResource] = []
    for loaded in specs:
        _collect(loaded.file, loaded.spec, models, resources)
    return models, resources


def collect_nodes(specs: list[LoadedSpec]) -> list[CollectedNode]:
    """Every imported node, in spec order; a node defined twice is an error."""
    nodes: list[CollectedNode] = []
    seen: dict[tuple[str, str], str] = {}
    for loaded in specs:
        for chain, node in loaded.spec.nodes.items():
            key = (loaded.spec.api, chain)
            if key in seen:
                raise SpecError(loaded.file, f"nodes.{chain}", f"node also defined in {seen[key]}")
            seen[key] = loaded.file
            parts = tuple(chain.split("."))
            if not all(
                p.isidentifier() and not keyword.iskeyword(p) and p == p.lower() for p in parts
            ):
                raise SpecError(
                    loaded.file, f"nodes.{chain}", "a node is lowercase attribute names"
                )
            nodes.append(CollectedNode(loaded.spec.api, parts, loaded.file, node))
    return nodes


def _collect(
    file: str, spec: SpecFile, models: CollectedModels, resources: list[CollectedResource]
) -> None:
    for name, model in spec.models.items():
        _class(file, f"models.{name}", name)
        if name in models:
            raise SpecError(
                file, f"models.{name}", f"model also defined in {models[name].spec_file}"
            )
        models[name] = CollectedModel(file, spec.api, name, model)
    taken = {r.name: r.file for r in resources}
    for name, res in spec.resources.items():
        key = f"resources.{name}"
        _class(file, key, name)
        _path(file, f"{key}.path", res.path)
        resources.append(
            CollectedResource(
                name,
                file,
                key,
                spec.api,
                res.path,
                res.model,
                res.verbs,
                res.pagination,
                res.filters,
            )
        )
        for sub_name, sub in res.subresources.items():
            sub_key = f"{key}.subresources.{sub_name}"
            _class(file, sub_key, sub_name)
            _path(file, f"{sub_key}.path", sub.path)
            if sub.count_path is not None:
                _path(file, f"{sub_key}.count_path", sub.count_path)
            resources.append(
                CollectedResource(
                    sub_name,
                    file,
                    sub_key,
                    spec.api,
                    sub.path,
                    sub.model,
                    sub.verbs,
                    sub.pagination,
                    sub.filters,
                    res.path,
                    sub.parent_key,
                    sub.count_path,
                    sub.helper,
                    name,
                )
            )
    for known in resources:
        if known.name in taken and taken[known.name] != known.file:
            raise SpecError(known.file, known.key, f"resource also defined in {taken[known.name]}")
    names = [r.name for r in resources]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise SpecError(file, "resources", f"resource names defined twice: {', '.join(dupes)}")


def _class(file: str, key: str, name: str) -> None:
    try:
        class_name(name)
    except ValueError as exc:
        raise SpecError(file, key, str(exc)) from None


def _path(file: str, key: str, path: str) -> None:
    if not _PATH.match(path):
        raise SpecError(file, key, f"{path!r} is not a path of lowercase segments (a-z, 0-9, _)")

"""Names for object schemas: per document from where they are defined, then unique across all.

The rule is described in full in the docstring of `schemas`; this module implements it:
`class_name` (`naming.schema_class_name`) makes a valid PascalCase name of a component name,
`local_names` names every object schema of one document, and `unique_names` collapses identical
same-named schemas of different documents and prefixes the rest with a name derived from their file.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..naming import (
    WORD,
    body_component_schema_name,
    file_prefix,
    file_prefixed_name,
    numbered_unused,
    request_schema_name,
    response_schema_suffix,
    unnamed_operation_schema_name,
)
from ..naming import (
    nested_schema_name as nested,
)
from ..naming import schema_class_name as class_name
from ..naming import schema_part_name as part_name
from .resolve import Pointer, RefError, Resolver
from .schema_ir import FieldIR, ListOf, Ref, SiteIR, SiteKey, TypeIR

_METHODS = frozenset({"get", "put", "post", "delete", "patch", "head", "options", "trace"})


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _operation_name(resolver: Resolver, path: str, method: str) -> str:
    operation = _mapping(_at(resolver, ("paths", path, method)))
    operation_id = operation.get("operationId")
    if isinstance(operation_id, str) and WORD.search(operation_id):
        return class_name(operation_id)
    return unnamed_operation_schema_name(method, path)


def _at(resolver: Resolver, pointer: Pointer) -> Any:
    try:
        return resolver.at(pointer)
    except RefError:
        return None


def _response_suffix(resolver: Resolver, path: str, method: str, status: str) -> str:
    responses = _mapping(_at(resolver, ("paths", path, method, "responses")))
    codes = sorted(str(code) for code in responses if str(code).startswith("2"))
    return response_schema_suffix(status, not codes or codes[0] == status)


def _candidate(resolver: Resolver, pointer: Pointer, components: Mapping[str, str]) -> str:
    """The name of the inline schema at `pointer`, before clashes are settled."""
    p = pointer
    if p[:2] == ("components", "schemas") and len(p) >= 3:
        return components.get(p[2], class_name(p[2])) + nested(p[3:])
    in_body = len(p) >= 6 and p[3] == "content" and p[5] == "schema"
    if p[:2] in (("components", "responses"), ("components", "requestBodies")) and in_body:
        return body_component_schema_name(p[2], p[1] == "responses") + nested(p[6:])
    if p[:2] == ("components", "parameters") and len(p) >= 4 and p[3] == "schema":
        return class_name(p[2]) + nested(p[4:])
    if p[:1] == ("paths",) and len(p) >= 3 and p[2] in _METHODS:
        base = _operation_name(resolver, p[1], p[2])
        rest = p[3:]
        if rest[:2] == ("requestBody", "content") and len(rest) >= 4 and rest[3] == "schema":
            return request_schema_name(base) + nested(rest[4:])
        in_response = len(rest) >= 5 and rest[2] == "content" and rest[4] == "schema"
        if in_response and rest[0] == "responses":
            return base + _response_suffix(resolver, p[1], p[2], rest[1]) + nested(rest[5:])
        if rest[:1] == ("parameters",) and len(rest) >= 3 and rest[2] == "schema":
            parameter = _mapping(_at(resolver, p[:5]))
            return base + part_name(str(parameter.get("name", rest[1]))) + nested(rest[3:])
        return base + nested(rest)
    if p[:1] == ("paths",) and len(p) >= 2:
        return class_name(p[1]) + nested(p[2:])
    return class_name(" ".join(p))


def component_names(resolver: Resolver) -> dict[str, str]:
    """Class names for all component schemas of a document, distinct from each other."""
    schemas = _mapping(_mapping(resolver.document.get("components")).get("schemas"))
    taken: set[str] = set()
    names: dict[str, str] = {}
    for raw in sorted(str(name) for name in schemas):
        for candidate in (class_name(raw), class_name(raw, "_")):
            if candidate not in taken:
                break
        else:
            candidate = numbered_unused(class_name(raw), taken)
        taken.add(candidate)
        names[raw] = candidate
    return names


def local_names(resolver: Resolver, pointers: Iterable[Pointer]) -> dict[Pointer, str]:
    """Names, distinct within the document, for the object schemas defined at `pointers`."""
    components = component_names(resolver)
    ordered = sorted(set(pointers))
    names: dict[Pointer, str] = {}
    for pointer in ordered:
        if len(pointer) == 3 and pointer[:2] == ("components", "schemas"):
            names[pointer] = components[pointer[2]]
    taken = set(names.values())
    for pointer in ordered:
        if pointer not in names:
            candidate = _candidate(resolver, pointer, components)
            if candidate in taken:
                candidate = numbered_unused(candidate, taken)
            taken.add(candidate)
            names[pointer] = candidate
    return names


def file_prefixes(files: Iterable[str]) -> dict[str, str]:
    """`catalog/products_catalog.v3.yml` -> `ProductsCatalogV3`; the whole path if ambiguous."""
    files = sorted(set(files))
    short = {file: file_prefix(file.rsplit("/", 1)[-1]) for file in files}
    counts: dict[str, int] = {}
    for value in short.values():
        counts[value] = counts.get(value, 0) + 1
    return {file: short[file] if counts[short[file]] == 1 else file_prefix(file) for file in files}


def _type_signature(type_: TypeIR, label: Mapping[SiteKey, object]) -> object:
    if isinstance(type_, Ref):
        return ("ref", label[type_.key])
    if isinstance(type_, ListOf):
        return ("list", _type_signature(type_.item, label))
    return type_


def _field_signature(item: FieldIR, label: Mapping[SiteKey, object]) -> object:
    enum = tuple(sorted((type(v).__name__, repr(v)) for v in item.enum))
    type_ = _type_signature(item.type, label)
    return (item.name, type_, item.read_only, item.required, item.nullable, enum)


def equivalence(sites: Mapping[SiteKey, SiteIR]) -> dict[SiteKey, int]:
    """Classes of structurally identical schemas, whatever their names.

    Two schemas are identical when they have the same fields with the same flags, and the schemas
    their fields refer to are identical in turn: the classes start as one and are split by field
    signatures until no class splits any more (so self-references compare equal).
    """
    keys = sorted(sites)
    label: dict[SiteKey, object] = dict.fromkeys(keys, 0)
    count = 1
    while True:
        ids: dict[object, int] = {}
        refined: dict[SiteKey, int] = {}
        for key in keys:
            site = sites[key]
            fields = sorted(site.fields, key=lambda item: item.name)
            signature = (
                label[key],
                site.open,
                tuple(_field_signature(item, label) for item in fields),
            )
            refined[key] = ids.setdefault(signature, len(ids))
        if len(ids) == count:
            return refined
        count = len(ids)
        label = dict(refined)


def unique_names(
    sites: Mapping[SiteKey, SiteIR], local: Mapping[SiteKey, str]
) -> dict[SiteKey, str]:
    """Final names: one per class of identical schemas; file-prefixed where a name is shared."""
    classes = equivalence(sites)
    by_name: dict[str, dict[int, list[SiteKey]]] = {}
    for key in sorted(sites):
        by_name.setdefault(local[key], {}).setdefault(classes[key], []).append(key)
    prefixes = file_prefixes(file for file, _ in sites)
    final: dict[SiteKey, str] = {}
    taken = {name for name, groups in by_name.items() if len(groups) == 1}
    for name, groups in sorted(by_name.items()):
        if len(groups) == 1:
            for members in groups.values():
                final.update(dict.fromkeys(members, name))
            continue
        for members in sorted(groups.values()):
            candidate = file_prefixed_name(prefixes[members[0][0]], name)
            if candidate in taken:
                candidate = numbered_unused(candidate, taken)
            taken.add(candidate)
            final.update(dict.fromkeys(members, candidate))
    return final

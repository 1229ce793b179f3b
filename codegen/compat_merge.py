"""The old client's classes, merged with what the v2 documents say about them.

The importer writes spec/imported/v2_compat.yaml: for each hand-written class (spec/v2/) and verb,
the documented operation it performs. Generation merges it in here, once, before any builder runs,
so the classes' methods, their request types, the operation index and the fake store all read the
same merged description. The rule (spec/README.md, "Old classes and the v2 documents"):

- query parameters of an operation: the hand-written filters (old names, kept for compatibility)
  and every documented query parameter of that operation; a name both give keeps the hand-written
  type (the old classes' deliberate choices: `decimal` money, `datetime` dates, `int` ids where the
  documents say `str` or `float`), and its enum is widened with the documented values. A name
  only the documents give has their type and enum. Nothing becomes required.
- request body fields: the hand-written model's fields and every writable field of the documented
  request body; the same rule for types and enums. A field only the create body documents is
  create-only when an update body is documented too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from .collect import CollectedModel, CollectedModels, CollectedResource
from .naming import query_key, range_filter_keys
from .spec_schema import CompatFile, CompatOperationSpec, FieldSpec, ModelSpec

#: The verbs whose hand-written query is the class's filters (`all`, `iterall`, `count`,
#: `delete_all`); the others take only what their documents give.
FILTER_VERBS = ("all", "iterall", "count", "delete_all")
#: Verbs whose method takes `**fields` for the body: a documented query cannot be a second `**`.
BODY_VERBS = ("create", "update")


def merge_documents(
    models: CollectedModels, resources: list[CollectedResource], compat: CompatFile
) -> tuple[CollectedModels, list[CollectedResource]]:
    """`resources` with their documented operations attached, and `models` with the documented
    request body fields of their resources' operations added."""
    merged_models = dict(models)
    out: list[CollectedResource] = []
    for res in resources:
        documented = compat.resources.get(res.name)
        if documented is None or res.api != "v2":
            out.append(res)
            continue
        ops: dict[str, CompatOperationSpec] = {
            verb: op for verb, op in documented.operations.items() if verb in res.verbs
        }
        out.append(replace(res, documented=ops))
        if res.model in merged_models:
            merged_models[res.model] = _merge_model(merged_models[res.model], ops)
    return merged_models, out


def filter_entries(res: CollectedResource, verb: str) -> dict[str, FieldSpec]:
    """The query of one verb of an old class, by key (`id__in`): see the module's rule. A value
    is a `FieldSpec` for its type and enum (the wire name is the key with `__` as `:`)."""
    out: dict[str, FieldSpec] = {}
    if verb in FILTER_VERBS:
        for name, flt in res.filters.items():
            for key in range_filter_keys(name) if flt.range else [name]:
                out[query_key(key)] = FieldSpec(type=flt.type, enum=flt.enum)
        if res.pagination == "page":
            out.setdefault("page", FieldSpec(type="int"))
            out.setdefault("limit", FieldSpec(type="int"))
    doc = res.documented.get("all" if verb == "iterall" else verb)
    if doc is None or verb in BODY_VERBS:
        return out
    for wire, param in doc.query.items():
        key = query_key(wire)
        known = out.get(key)
        if known is None:
            out[key] = FieldSpec(type=param.type, enum=param.enum)
        elif known.enum and param.enum:
            out[key] = replace_enum(known, param.enum)
    return out


def replace_enum(spec: FieldSpec, extra: Iterable[str | int | float | bool]) -> FieldSpec:
    values = list(spec.enum) + [v for v in extra if v not in spec.enum]
    return spec.model_copy(update={"enum": tuple(values)})


def _merge_model(model: CollectedModel, ops: Mapping[str, CompatOperationSpec]) -> CollectedModel:
    fields = dict(model.spec.fields)
    create = ops["create"].body if "create" in ops else None
    update = ops["update"].body if "update" in ops else None
    for body in (create, update):
        for name, doc in (body or {}).items():
            if doc.read_only:
                continue
            known = fields.get(name)
            if known is None:
                only_create = body is create and update is not None and name not in update
                fields[name] = FieldSpec(
                    type=doc.type, nullable=doc.nullable, enum=doc.enum, create_only=only_create
                )
            elif known.enum and doc.enum:
                fields[name] = replace_enum(known, doc.enum)
    if fields == model.spec.fields:
        return model
    spec = ModelSpec(fields=fields, as_dict=model.spec.as_dict)
    return replace(model, spec=spec)

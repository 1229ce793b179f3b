"""Spec files -> IR: every name, annotation, path and method body decided here, checked as we go."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from .annotations import (
    EXTRA_TYPES,
    FILTER_SCALARS,
    enum_type,
    parse,
    python_type,
    read_scalars,
    write_scalars,
)
from .bodies import Verb, body_fields, used_bodies, writable
from .build_areas import area_names, build_areas, class_names
from .build_index import build_index
from .build_nodes import build_nodes, operation_declaration
from .build_routes import node_route_table, route_table
from .collect import (
    CollectedModel,
    CollectedModels,
    CollectedNode,
    CollectedResource,
    collect_nodes,
    collect_resources,
)
from .compat_merge import filter_entries, merge_documents
from .describe import (
    answered_by,
    example,
    field_facts,
    limit_facts,
    method_doc,
    paging_kind,
    route,
    values,
)
from .enum_aliases import EnumAliasIR, EnumUse, aliases, using
from .ir import (
    FieldIR,
    FieldRowIR,
    HelperIR,
    MethodIR,
    ModelIR,
    PackageIR,
    RecordIR,
    ResourceIR,
    TypedDictIR,
    TypedDictKey,
)
from .naming import (
    EXTRA_OPTIONS,
    MODEL_RESERVED,
    body_typeddict_name,
    filters_typeddict_name,
    identifier,
    is_plain_key,
    model_module,
    model_type_names,
    node_class_name,
    node_object_name,
    query_key,
    range_filter_keys,
    resource_module,
    unclashed,
)
from .operation import (
    Argument,
    Operation,
    QueryParam,
    method_uses,
    node_operations,
    path_expression,
    path_uses,
    resource_operations,
    signature,
    wire_name,
)
from .spec_loader import LoadedSpec, SpecError
from .spec_schema import FieldSpec, FilterSpec, IndexFile, ModelSpec
from .type_grammar import always_answered, model_names, parse_type
from .typeref import (
    API_MODEL,
    DICT_MODEL_CONFIG,
    FIELD,
    ID,
    INT,
    ITERATOR,
    NONE,
    OBJECT,
    OVERLOAD,
    REQUEST_CONFIG,
    REQUIRED,
    RESOURCE,
    TYPED_DICT,
    UNPACK,
    WITH_CONFIG,
    Generic,
    Import,
    TypeRef,
    Value,
    aliased,
    imports,
    list_of,
    localized,
    model_ref,
    named,
    optional,
)


def build(specs: list[LoadedSpec], index: IndexFile | None = None) -> PackageIR:
    models, resources = collect_resources(specs)
    if index is not None:
        models, resources = merge_documents(models, resources, index.compat)
    _check_references(models, resources)
    records = _records(models, resources)
    nodes = collect_nodes(specs)
    compat = {res.name: resource_operations(res) for res in resources}
    node_ops = {node_class_name(n.version, n.chain): node_operations(n) for n in nodes}
    operations = [op for ops in (*node_ops.values(), *compat.values()) for op in ops]
    updated = [model for model, record in records.items() if record.update_type]
    bodies = used_bodies(operations, updated, models)
    renamed = class_names(specs)
    enums = _enum_aliases(specs, models, resources, compat, nodes, node_ops, renamed)
    answers = answered_by(op for ops in node_ops.values() for op in ops)
    with using(enums) as used:
        model_irs = tuple(
            _model_ir(model, records.get(name), bodies, renamed, answers.get(name, ""))
            for name, model in sorted(models.items())
        )
        resource_irs = tuple(
            _resource_ir(res, models, compat[res.name])
            for res in sorted(resources, key=lambda r: r.name)
        )
        node_irs, top = build_nodes(nodes, models, node_ops)
    enums = tuple(e for e in enums if e.name in used)
    routes, route_models = route_table(models, resources)
    entries = build_index(operations, index or IndexFile(), area_names(specs))
    model_irs = tuple(
        dataclasses.replace(m, imports=aliased(m.imports, renamed)) for m in model_irs
    )
    resource_irs = tuple(
        dataclasses.replace(r, imports=aliased(r.imports, renamed)) for r in resource_irs + node_irs
    )
    return PackageIR(
        model_irs,
        resource_irs,
        routes,
        route_models,
        top,
        entries,
        node_route_table(operations),
        build_areas(specs, model_irs, enums),
        enums,
    )


def _enum_aliases(
    specs: list[LoadedSpec],
    models: CollectedModels,
    resources: list[CollectedResource],
    compat: dict[str, tuple[Operation, ...]],
    nodes: list[CollectedNode],
    node_ops: dict[str, tuple[Operation, ...]],
    renamed: dict[str, str],
) -> tuple[EnumAliasIR, ...]:
    """The aliases of the large enums, from every place an enum annotates something: model
    fields (their request bodies), the old client's query parameters, the nodes' parameters."""
    uses = [
        EnumUse(field.enum, renamed.get(name, name), fname, m.spec_file)
        for name, m in models.items()
        for fname, field in m.spec.fields.items()
        if field.enum
    ]
    for res in resources:
        for op in compat[res.name]:
            uses += [EnumUse(q.enum, res.model, q.wire, res.file) for q in op.query_params]
        uses += [EnumUse(f.enum, res.model, k, res.file) for k, f in res.filters.items()]
    for node in nodes:
        owner = node_object_name("/".join(node.chain))
        for op in node_ops.get(node_class_name(node.version, node.chain), ()):
            uses += [EnumUse(p.enum, owner, p.wire, node.file) for p in op.params]
            uses += [EnumUse(q.enum, owner, q.wire, node.file) for q in op.query_params]
    taken = {n for m in models for n in model_type_names(m)} | set(renamed.values())
    taken |= {r.name for r in resources} | {p for s in specs for p in s.spec.exports}
    taken |= {node_class_name(n.version, n.chain) for n in nodes}
    return aliases(uses, taken)


# Checking.


def _check_references(models: CollectedModels, resources: list[CollectedResource]) -> None:
    for res in resources:
        if res.name in models:
            raise SpecError(res.file, res.key, f"a model is also named {res.name!r}; rename one")
        if res.model not in models:
            raise SpecError(res.file, f"{res.key}.model", f"unknown model {res.model!r}")
        if models[res.model].spec.as_dict:
            raise SpecError(
                res.file, f"{res.key}.model", f"model {res.model!r} is read as a dict (as_dict)"
            )
        if len(set(res.verbs)) != len(res.verbs):
            raise SpecError(res.file, f"{res.key}.verbs", "a verb is listed twice")
        if res.pagination == "singleton" and set(res.verbs) != {"all"}:
            raise SpecError(res.file, f"{res.key}.verbs", "a singleton has the one verb `all`")
        if res.helper is not None and "all" not in res.verbs:
            raise SpecError(res.file, f"{res.key}.helper", "a helper needs the `all` verb")
        if res.helper is not None and res.helper.by_id and "get" not in res.verbs:
            raise SpecError(res.file, f"{res.key}.helper", "a helper by id needs the `get` verb")
        seen: set[str] = set()
        for fname, flt in res.filters.items():
            _filter_type(res.file, f"{res.key}.filters.{fname}", flt)
            for key in range_filter_keys(fname) if flt.range else [fname]:
                if query_key(key) in seen:
                    raise SpecError(
                        res.file, f"{res.key}.filters", f"filter {key!r} is defined twice"
                    )
                seen.add(query_key(key))
    for name, collected in models.items():
        file, model = collected.spec_file, collected.spec
        if model.as_dict and writable(model):
            raise SpecError(
                file, f"models.{name}.as_dict", "a model read as a dict has read-only fields only"
            )
        for fname, field in model.fields.items():
            key = f"models.{name}.fields.{fname}"
            expr = parse(file, key, field.type)
            written = expr
            if field.write_type is not None:
                written = parse(file, f"{key}.write_type", field.write_type)
            for ref in model_names(expr) + model_names(written):
                if ref not in models:
                    raise SpecError(file, f"{key}.type", f"unknown model {ref!r}")
            for ref in model_names(written):
                if not field.read_only and not writable(models[ref].spec):
                    raise SpecError(
                        file, key, f"writable, but model {ref!r} has only read-only fields"
                    )
            item = expr.item if expr.kind == "list" and expr.item is not None else expr
            if field.enum and item.kind != "scalar":
                raise SpecError(file, f"{key}.enum", "enums apply to scalars and lists of them")


def _filter_type(file: str, key: str, flt: FilterSpec) -> TypeRef:
    expr = parse(file, f"{key}.type", flt.type)
    if model_names(expr):
        raise SpecError(file, f"{key}.type", "a filter cannot have a model type")
    if flt.enum:
        return enum_type(expr, flt.enum)
    return python_type(expr, FILTER_SCALARS)


def _records(models: CollectedModels, resources: list[CollectedResource]) -> dict[str, RecordIR]:
    """For each resource's model: the methods its objects get."""
    by_name = {r.name: r for r in resources}
    records: dict[str, RecordIR] = {}
    owners: dict[str, str] = {}
    for res in resources:
        if res.model in owners:
            raise SpecError(
                res.file,
                f"{res.key}.model",
                f"model {res.model!r} is already the model of resource {owners[res.model]}",
            )
        owners[res.model] = res.name
    for res in resources:
        helpers = tuple(
            HelperIR(
                name=sub.helper.name,
                resource_class=sub.name,
                resource_module=resource_module(sub.name),
                model_class=model_ref(sub.model),
                by_id=sub.helper.by_id,
            )
            for sub in sorted(by_name.values(), key=lambda r: r.name)
            if sub.parent == res.name and sub.helper is not None
        )
        own = "self._own_id()"
        id_args = own if res.parent_key is None else f"self._parent({res.parent_key!r}), {own}"
        has_update = "update" in res.verbs
        records[res.model] = RecordIR(
            resource_class=res.name,
            resource_module=resource_module(res.name),
            id_args=id_args,
            update_type=model_ref(body_typeddict_name(res.model, "update"), res.model)
            if has_update
            else None,
            delete_returns=OBJECT if "delete" in res.verbs else None,
            helpers=helpers,
        )
    return records


# Models.


def _model_ir(
    model: CollectedModel,
    record: RecordIR | None,
    bodies: frozenset[tuple[str, Verb]],
    renamed: Mapping[str, str],
    answered: str = "",
) -> ModelIR:
    """A model's IR; its request TypedDicts only where some call uses them (`bodies`). The class
    and TypedDicts are defined under their public names where `renamed` (key -> public name) has
    them; other modules import them under their keys (`model.name`)."""
    name, file, api, spec = model.name, model.spec_file, model.api, model.spec
    class_name = renamed.get(name, "")
    cls = class_name or name
    reserved = set(MODEL_RESERVED)
    if record is not None:
        reserved |= {h.name for h in record.helpers}
        reserved |= {"update"} if record.update_type else set()
        reserved |= {"delete"} if record.delete_returns else set()
    fields: list[FieldIR] = []
    used: set[str] = set()
    for wire, field in spec.fields.items():
        python = unclashed(identifier(wire, frozenset(reserved)), used)
        used.add(python)
        expr = parse_type(field.type)
        annotation = python_type(expr, read_scalars(api))
        required = always_present(wire, field, api)
        alias = None if python == wire else repr(wire)
        annotation = annotation if required else optional(annotation)
        fields.append(FieldIR(python, annotation, alias, required, field_facts(field)))
    rows = tuple(
        FieldRowIR(
            wire,
            field.type,
            field.read_only,
            field.required,
            values(field.enum),
            " ".join(
                (["Sent on create only."] if field.create_only else [])
                + (["May be null."] if field.nullable else [])
                + limit_facts(field)
            ),
        )
        for wire, field in spec.fields.items()
    )
    create = _body(name, spec, api, "create", cls, renamed) if (name, "create") in bodies else None
    update = _body(name, spec, api, "update", cls, renamed) if (name, "update") in bodies else None
    doc = f"`{cls}`: an object of the {api} API. Every field is optional; unknown fields are kept."
    if any(f.required for f in fields):
        doc = doc.replace("Every field is optional", "Every field but `id` is optional")
    if record is not None:
        doc = (
            f"`{cls}`: an object of the {api} `{record.resource_class}` resource. "
            + doc.split(". ", 1)[1]
        )
    doc += f" {answered}" if answered else ""
    runtime: list[Value] = [API_MODEL, *(f.annotation for f in fields)]
    runtime += [FIELD] if any(f.alias_repr for f in fields) else []
    runtime += [k.annotation for td in (create, update) if td for k in td.keys]
    if create or update:
        runtime += [TYPED_DICT, WITH_CONFIG, REQUEST_CONFIG]
    methods: list[Value] = []  # annotations of methods only: local models need no runtime import
    if record is not None:
        if record.update_type:
            methods += [UNPACK, record.update_type]
        if record.delete_returns:
            methods.append(record.delete_returns)
        for helper in record.helpers:
            methods += [list_of(helper.model_class), helper.model_class]
            methods += [OVERLOAD, ID] if helper.by_id else []
    as_dict = None
    if spec.as_dict:
        doc = f"`{cls}`: a dict in answers of the {api} API; unknown keys are kept."
        keys = tuple(
            TypedDictKey(wire, f.annotation, f.doc)
            for wire, f in zip(spec.fields, fields, strict=True)
        )
        functional = not all(is_plain_key(k.key) for k in keys)
        as_dict = TypedDictIR(cls, doc, keys, functional, DICT_MODEL_CONFIG)
        runtime = [*(k.annotation for k in keys), TYPED_DICT, WITH_CONFIG, DICT_MODEL_CONFIG]
    own = model_module(name)
    used = {i.name for i in imports([*runtime, *methods])}
    defined = {td.name: td.own_name for td in (create, update) if td} | {name: cls}
    for key in sorted(used & {k for k, own_name in defined.items() if k != own_name}):
        # its own module would spell it by the key, which names nothing there
        raise SpecError(file, f"models.{name}", f"refers to itself; it is the class {defined[key]}")
    needed = localized(imports(runtime), "models", own) | {
        dataclasses.replace(imp, type_checking=True) if _sibling(imp) else imp
        for imp in localized(imports(methods), "models", own)
    }
    needed = _drop_shadowed(needed)
    clash = set(defined.values()) & {i.name for i in needed}
    if clash:
        raise SpecError(file, f"models.{name}", f"{sorted(clash)} both defined and imported here")
    return ModelIR(
        name=name,
        module=model_module(name),
        spec_file=file,
        doc=doc,
        fields=tuple(fields),
        create=create,
        update=update,
        record=record,
        imports=tuple(sorted(needed)),
        as_dict=as_dict,
        rows=rows,
        class_name=class_name,
    )


def always_present(wire: str, field: FieldSpec, api: str) -> bool:
    """Whether every answer carries the field (`type_grammar.always_answered`): an answer without
    it is kept with a `ResponseShapeWarning` (runtime/_parse.py)."""
    return always_answered(wire, field.type, field.nullable, api)


def _sibling(imp: Import) -> bool:
    """An import of another module of the same subpackage (`.product`)."""
    return imp.module.startswith(".") and not imp.module.startswith("..")


def _drop_shadowed(imports: set[Import]) -> set[Import]:
    """A name imported for run time need not be imported again under TYPE_CHECKING."""
    runtime = {i.name for i in imports if not i.type_checking}
    return {i for i in imports if not (i.type_checking and i.name in runtime)}


def _body(
    model: str, spec: ModelSpec, api: str, verb: Verb, own_name: str, renamed: Mapping[str, str]
) -> TypedDictIR:
    keys: list[TypedDictKey] = []
    for wire, field in body_fields(spec, verb):
        annotation = _write_type(field, api, verb)
        if verb in field.required:
            annotation = Generic(REQUIRED, (annotation,))
        keys.append(TypedDictKey(wire, annotation, field_facts(field, in_body=True)))
    name = body_typeddict_name(model, verb)
    required = any(verb in f.required for f in spec.fields.values())
    public = renamed.get(name, "")
    doc = f"The fields to {verb} a `{own_name}` with" if not public else "A request body"
    doc += "; unknown keys are sent as given, with an `UnknownArgumentWarning`."
    doc += " Keys marked `Required` are the ones the documents require." if required else ""
    functional = not all(is_plain_key(k.key) for k in keys)
    return TypedDictIR(name, doc, tuple(keys), functional, class_name=public)


def _write_type(field: FieldSpec, api: str, verb: Verb) -> TypeRef:
    written = parse_type(field.write_type or field.type)
    if field.enum:
        annotation = enum_type(written, field.enum)
    else:
        annotation = python_type(written, write_scalars(api), verb)
    return optional(annotation) if field.nullable else annotation


# Resources.


def _resource_ir(
    res: CollectedResource, models: CollectedModels, operations: tuple[Operation, ...]
) -> ResourceIR:
    model_spec = models[res.model].spec
    filters, own = _filters_ir(res, operations)
    can_write = writable(model_spec)
    methods = tuple(_method(res, op, operations, can_write) for op in operations)
    uses = [
        RESOURCE,
        TYPED_DICT,
        WITH_CONFIG,
        REQUEST_CONFIG,
        *(k.annotation for td in (filters, *own) for k in td.keys),
    ]
    needed = imports(uses).union(*(m.imports for m in methods))
    where = (
        res.path
        if res.parent_path is None
        else f"{res.parent_path}/{{{res.parent_key}}}/{res.path}"
    )
    doc = f"`{where}` ({res.api}): {', '.join(op.name for op in operations)}."
    return ResourceIR(
        class_name=res.name,
        module=resource_module(res.name),
        spec_file=res.file,
        api=res.api,
        doc=doc,
        filters=filters,
        methods=methods,
        imports=tuple(sorted(localized(needed, "resources"))),
        typeddicts=own,
        models=(res.model,),
    )


def _filters_ir(
    res: CollectedResource, operations: tuple[Operation, ...]
) -> tuple[TypedDictIR, tuple[TypedDictIR, ...]]:
    """The class's `Filters` TypedDict and the query TypedDicts of methods whose documented
    query differs from `all`'s (`operation.resource_operations`)."""
    out: dict[str, TypedDictIR] = {}
    name = filters_typeddict_name(res.name)
    # A singleton's methods take no filters; its (empty) `Filters` is kept for compatibility.
    queries = [(op.query, op.name, op.query_params) for op in operations if op.query is not None]
    if not any(query == name for query, _, _ in queries):
        entries = filter_entries(res, "all").items()
        queries.append((name, "all", tuple(QueryParam(wire_name(k), f.type) for k, f in entries)))
    for query, verb, query_params in queries:
        if query in out:
            continue
        keys: list[TypedDictKey] = []
        for param in query_params:
            at = f"{res.key}.filters.{param.wire}"
            flt = FilterSpec(type=param.type, enum=param.enum)
            keys.append(TypedDictKey(query_key(param.wire), _filter_type(res.file, at, flt)))
        doc = (
            f"Query filters of `{res.name}`; unknown keys are sent as given, with an "
            "`UnknownArgumentWarning`."
            if query == name
            else f"Query parameters of `{res.name}.{verb}`; unknown keys are sent as given, "
            "with an `UnknownArgumentWarning`."
        )
        plain = all(is_plain_key(k.key) for k in keys)
        out[query] = TypedDictIR(query, doc, tuple(keys), not plain)
    main = out.pop(name)
    return main, tuple(out[key] for key in sorted(out))


#: The old client's method docs by verb; `{m}` is the model, `{call}` the HTTP method and path.
_DOCS = {
    "singleton": "The {m}: `{call}`.",
    "all": "One page of {m} objects: `{call}`.",
    "iterall": "Every {m} of `{call}`, page after page.",
    "get": "One {m} by id: `{call}`.",
    "create": "Create a {m}: `{call}`; returns it as stored.",
    "update": "Change a {m}: `{call}`; returns it as stored.",
    "delete": "Delete one {m}: `{call}`; returns the answer, `{{}}` when it is empty.",
    "delete_all": "Delete every {m}: `{call}`; returns the answer, `{{}}` when it is empty.",
    "count": "How many {m} objects match: `{call}`.",
}


def _method(
    res: CollectedResource, op: Operation, operations: tuple[Operation, ...], can_write: bool
) -> MethodIR:
    """An old client's method: its signature from the operation, and its one runtime call."""
    m = res.model
    if op.body is not None and not can_write:
        raise SpecError(
            res.file, f"{res.key}.verbs", f"{op.name} needs a model with writable fields"
        )
    types: dict[str, TypeRef] = {"id": ID, "option": INT}
    types.update({"body": model_ref(op.body, m)} if op.body else {})
    types.update({"query": named(op.query)} if op.query else {})

    def annotation(arg: Argument) -> TypeRef:
        return EXTRA_TYPES.get(arg.name) or types[arg.role]

    params = signature(op, annotation)
    uses = method_uses(op, annotation)
    doc_key = "singleton" if op.name == "all" and op.result == "one" else op.name
    summary = _DOCS[doc_key].format(m=m, call=route(op))
    own = model_ref(m)
    # A value is `count`'s number or `delete`'s answer (a JSON object, see operation.py).
    value = INT if op.result_type == "int" else OBJECT
    returns = {
        "one": own, "many": list_of(own), "pages": Generic(ITERATOR, (own,)), "value": value
    }.get(op.result, NONE)  # fmt: skip
    declaration = operation_declaration(
        op,
        returns,
        ("count" if op.result_type == "int" else "answer") if op.result == "value" else op.result,
        own if op.result in ("one", "many", "pages") else None,
        named(op.query) if op.query else None,
        model_ref(op.body, m) if op.body else None,
    )
    args = [f"self.{declaration.name}", path_expression(op)]
    args += ["query=filters"] if op.query else []
    args += ["body=fields"] if op.body else []
    for name in EXTRA_OPTIONS + (("prefetch",) if op.prefetch else ()):
        if any(query_key(q.wire) == name for q in op.query_params):
            why = "an iterall argument" if name == "prefetch" else "an option of every call"
            raise SpecError(res.file, f"{res.key}.filters.{name}", f"`{name}` is {why}")
    if op.result == "pages" and op.prefetch:
        count = next(o for o in operations if o.name == "count")
        args += ["prefetch=prefetch", f"count_path={_count_path(count)}"]
        uses += path_uses(count)  # its path, for `count_path`
    if res.parent_path is not None and op.result in ("one", "many", "pages"):
        args += ["parent=parentid"]
    args += [f"{name}={name}" for name in EXTRA_OPTIONS]
    body = f"self._call({', '.join(args)})"
    doc = method_doc(op, summary, returns, annotation)
    return MethodIR(
        op.name,
        params,
        returns,
        doc,
        f"return {body}",
        declaration,
        uses,
        route=route(op),
        paging=paging_kind(op),
        batch_limit=op.batch_limit,
        example=example(op, annotation, {}),
    )


def _count_path(count: Operation) -> str:
    """`iterall`'s count path: None where counting needs the parent id `iterall` was not given."""
    if count.params and count.unscoped_path is None:
        return f"{path_expression(count)} if {count.params[0].name} is not None else None"
    return path_expression(count)

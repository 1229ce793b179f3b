"""Imported nodes -> resource IR: one class per node of the typed client, one method per operation.

The operations, and the calling convention of their methods, are described in `operation.py`;
here they get their types: path parameters, the request body (a TypedDict, or a list of them for
batch calls), and query parameters as keyword arguments, operators spelled with `__`
(`id__in=[1, 2]` is `id:in=1,2`).
"""

from __future__ import annotations

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
from .bodies import body_models, body_verb
from .collect import CollectedModels, CollectedNode
from .describe import DEPRECATED, example, method_doc, paging_kind, query_facts, route
from .ir import ChildIR, ConstantIR, MethodIR, ResourceIR, TypedDictIR, TypedDictKey
from .literals import string
from .naming import (
    EXTRA_OPTIONS,
    is_plain_key,
    node_class_name,
    operation_constant,
    query_key,
    resource_module,
)
from .operation import (
    NUMBERED_PAGES,
    PAYMENT_TOKEN,
    Argument,
    Operation,
    PathParam,
    QueryParam,
    method_uses,
    path_expression,
    signature,
)
from .spec_loader import SpecError
from .type_grammar import model_names, parse_type
from .typeref import (
    BYTES,
    CLASSVAR,
    INT,
    ITERATOR,
    NODE_RESOURCE,
    NONE,
    OBJECT,
    OPERATION,
    REQUEST_CONFIG,
    REQUIRED,
    STR,
    TYPED_DICT,
    UPLOAD,
    WITH_CONFIG,
    Generic,
    Named,
    TypeRef,
    Value,
    imports,
    list_of,
    localized,
    model_ref,
    named,
)


def build_nodes(
    nodes: list[CollectedNode],
    models: CollectedModels,
    operations: Mapping[str, tuple[Operation, ...]],
) -> tuple[tuple[ResourceIR, ...], tuple[ChildIR, ...]]:
    """Resource IR for every node and namespace, and the client's top-level attributes;
    `operations` are the nodes' operations by class name (`operation.node_operations`)."""
    by_chain = {(n.version, n.chain): n for n in nodes}
    chains = {(n.version, n.chain[:i]) for n in nodes for i in range(1, len(n.chain) + 1)}
    out: list[ResourceIR] = []
    for version, chain in sorted(chains):
        children = tuple(
            ChildIR(c[-1], node_class_name(v, c), resource_module(node_class_name(v, c)))
            for v, c in sorted(chains)
            if v == version and len(c) == len(chain) + 1 and c[: len(chain)] == chain
        )
        node = by_chain.get((version, chain))
        ops = operations.get(node_class_name(version, chain), ())
        out.append(_resource(version, chain, node, children, models, ops))
    top = tuple(
        ChildIR(c[0], node_class_name(v, c), resource_module(node_class_name(v, c)))
        for v, c in sorted(chains)
        if len(c) == 1
    )
    return tuple(out), top


def _resource(
    version: str,
    chain: tuple[str, ...],
    node: CollectedNode | None,
    children: tuple[ChildIR, ...],
    models: CollectedModels,
    operations: tuple[Operation, ...],
) -> ResourceIR:
    name = node_class_name(version, chain)
    file = node.file if node else ""
    typeddicts: dict[str, TypedDictIR] = {}
    methods: list[MethodIR] = []
    taken = {c.name for c in children}
    for op in operations:
        where = f"nodes.{'.'.join(chain)}.operations.{op.name}"
        if op.name in taken or not op.name.isidentifier():
            raise SpecError(file, where, f"{op.name!r} clashes with a child")
        if op.query is not None and op.query not in typeddicts:
            typeddicts[op.query] = _query_typeddict(op, file, where)
        query = typeddicts.get(op.query) if op.query else None
        methods.append(_method(op, query, models, file, where))
    doc = f"`api.{'.'.join(chain)}`"
    uses: list[Value] = [
        NODE_RESOURCE,
        *(k.annotation for td in typeddicts.values() for k in td.keys),
    ]
    uses += [TYPED_DICT, WITH_CONFIG, REQUEST_CONFIG] if typeddicts else []
    needed = imports(uses).union(*(m.imports for m in methods))
    return ResourceIR(
        class_name=name,
        module=resource_module(name),
        spec_file=node.file if node else "spec/imported",
        api=version,
        doc=f"{doc} ({version}): " + (", ".join(m.name for m in methods) or "a namespace") + ".",
        filters=None,
        methods=tuple(methods),
        imports=tuple(sorted(localized(needed, "resources"))),
        typeddicts=tuple(typeddicts.values()),
        children=children,
        chain=chain[1:] if chain[:1] == (version,) else chain,
        compat=False,
        models=tuple(sorted(_models_of(operations))),
    )


def _models_of(operations: tuple[Operation, ...]) -> set[str]:
    """The models the operations answer, and those their bodies are made of."""
    names = {op.model for op in operations if op.model}
    names |= {name for op in operations if op.body for name in model_names(parse_type(op.body))}
    return names


def _param_type(param: PathParam | QueryParam, api: str, file: str, key: str) -> TypeRef:
    expr = parse(file, key, param.type)
    if param.enum:
        return enum_type(expr, param.enum)
    if model_names(expr):
        return OBJECT
    scalars = {**write_scalars(api), "datetime": FILTER_SCALARS["datetime"], "bytes": STR}
    return python_type(expr, scalars)


def _query_typeddict(op: Operation, file: str, where: str) -> TypedDictIR:
    keys = []
    for param in op.query_params:
        at = f"{where}.query.{param.wire}"
        annotation = _param_type(param, op.version, file, at)
        if param.required:
            annotation = Generic(REQUIRED, (annotation,))
        key = query_key(param.wire)
        if key == "prefetch" and op.pagination in NUMBERED_PAGES:
            raise SpecError(file, at, "`prefetch` is an iterall argument")
        if key in EXTRA_OPTIONS or key in {h.name for h in op.headers}:
            raise SpecError(file, at, f"`{key}` is also a keyword argument of the call")
        facts = query_facts(param.wire, key, param.required, param.limits)
        keys.append(TypedDictKey(key, annotation, facts))
    doc = (
        f"Query parameters of `{op.name}`; `x__in` is sent as `x:in` (either spelling may be "
        "given); unknown keys are sent as given, with an `UnknownArgumentWarning`."
    )
    return TypedDictIR(op.query or "", doc, tuple(keys), not all(is_plain_key(k.key) for k in keys))


def _method(
    op: Operation, query: TypedDictIR | None, models: CollectedModels, file: str, where: str
) -> MethodIR:
    """The method of one operation: its signature and the one runtime call it makes."""
    annotations: dict[str, TypeRef] = {
        p.name: _param_type(p, op.version, file, f"{where}.params.{p.wire}") for p in op.params
    }
    body_type = _body(op, models, file, where)
    annotations.update(prefetch=INT)
    annotations.update({"body": body_type} if body_type else {})
    annotations.update({"query": named(query.name)} if query else {})
    annotations.update(EXTRA_TYPES)
    annotations[PAYMENT_TOKEN] = STR
    for header in op.headers:
        at = f"{where}.headers.{header.wire}"
        annotations[header.name] = python_type(
            parse(file, at, header.type), write_scalars(op.version)
        )

    def annotation(arg: Argument) -> TypeRef:
        return annotations[arg.name]

    params = signature(op, annotation)
    model: TypeRef | None = model_ref(op.model) if op.model else None
    returns: TypeRef
    if op.result == "value":
        expr = parse(file, where, op.result_type or "")
        returns = model = python_type(expr, read_scalars(op.version))
    elif model is not None and op.result in ("one", "many", "pages"):
        returns = {"one": model, "many": list_of(model), "pages": Generic(ITERATOR, (model,))}[
            op.result
        ]
    else:
        returns = {"bytes": BYTES, "lines": Generic(ITERATOR, (STR,))}.get(op.result, NONE)
    summary = f"`{route(op)}` ({op.operation_id})."
    if op.server == "payments":
        summary += (
            " Takes a `payment_access_token` from `api.payments.access_tokens.create(...)`: the "
            "gateway gets that token and none of the client's credentials."
        )
    doc = method_doc(op, summary, returns, annotation)
    required = {k.key: k.annotation for k in (query.keys if query else ()) if _required(k)}
    query_types = {key: str(_unrequired(ref)) for key, ref in required.items()}
    declaration = operation_declaration(
        op, returns, op.result, model, named(query.name) if query else None, body_type
    )
    args = [f"self.{declaration.name}", path_expression(op)]
    args += ["query=query"] if query else []
    args += ["body=body"] if op.body else []
    args += ["prefetch=prefetch"] if op.prefetch else []
    if op.headers:
        pairs = ", ".join(f"{string(h.wire)}: {h.name}" for h in op.headers)
        args.append(f"headers={{{pairs}}}")
    args += [f"{name}={name}" for name in EXTRA_OPTIONS]
    args += [f"{PAYMENT_TOKEN}={PAYMENT_TOKEN}"] if op.server == "payments" else []
    call = f"self._call({', '.join(args)})"
    uses = method_uses(op, annotation)
    return MethodIR(
        op.name,
        params,
        returns,
        doc,
        f"return {call}",
        declaration,
        uses,
        route=route(op),
        paging=paging_kind(op),
        batch_limit=op.batch_limit,
        example=example(op, annotation, query_types),
        deprecated=DEPRECATED if op.deprecated else None,
    )


def _required(key: TypedDictKey) -> bool:
    return isinstance(key.annotation, Generic) and key.annotation.base == REQUIRED


def _unrequired(ref: TypeRef) -> TypeRef:
    """`Required[int]` -> `int`."""
    return ref.args[0] if isinstance(ref, Generic) and ref.base == REQUIRED else ref


def operation_declaration(
    op: Operation,
    returns: TypeRef,
    result: str,
    model: TypeRef | None,
    query_type: Named | None,
    body_type: TypeRef | None,
) -> ConstantIR:
    """The class constant describing `op` as the runtime's `Operation` (see runtime/_request.py),
    for a method returning `returns`: imported nodes' and the old client's alike."""
    fields: dict[str, Value | None] = {
        "method": op.method,
        "path": op.path,
        "version": op.version,
        "result": result,
        "model": model,
        "query_type": query_type,
        "body_type": body_type if op.body else None,
        "envelope": True if op.envelope else None,
        "pagination": op.pagination if result == "pages" else None,
        "batch_limit": op.batch_limit if op.batch_limit and result != "pages" else None,
        "multipart": True if op.content_type == "multipart" else None,
        "operation_id": op.operation_id if op.compat is None else None,
        "required_query": op.required_query or None,
        "filter_required": True if op.filter_required else None,
        "server": op.server if op.server != "api" else None,
    }
    annotation = Generic(CLASSVAR, (Generic(OPERATION, (returns,)),))
    given = tuple((k, v) for k, v in fields.items() if v is not None)
    return ConstantIR(operation_constant(op.name), annotation, OPERATION, given)


def _body(op: Operation, models: CollectedModels, file: str, where: str) -> TypeRef | None:
    """The type the body is annotated with and validated against, or None without a body."""
    if op.body is None:
        return None
    expr = parse(file, f"{where}.body.type", op.body)
    for ref in model_names(expr):
        if ref not in models:
            raise SpecError(file, f"{where}.body.type", f"unknown model {ref!r}")
    if model_names(expr) and not body_models(op, models):
        return list_of(OBJECT) if expr.kind == "list" else OBJECT
    return python_type(expr, {**write_scalars(op.version), "bytes": UPLOAD}, body_verb(op.method))

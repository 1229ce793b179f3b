"""Imported nodes -> resource IR: one class per node of the typed client, one method per operation.

The operations, and the calling convention of their methods, are described in `operation.py`;
here they get their types: path parameters, the request body (a TypedDict, or a list of them for
batch calls), and query parameters as keyword arguments, operators spelled with `__`
(`id__in=[1, 2]` is `id:in=1,2`).
"""

from __future__ import annotations

from collections.abc import Mapping

from .annotations import (
    LocalModels,
    enum_type,
    imports,
    parse,
    python_type,
    read_scalars,
    write_scalars,
)
from .bodies import body_models, body_verb
from .collect import CollectedModels, CollectedNode
from .ir import ChildIR, Import, MethodIR, ResourceIR, TypedDictIR, TypedDictKey
from .literals import string
from .naming import is_plain_key, node_class_name, operation_constant, query_key, resource_module
from .operation import (
    NUMBERED_PAGES,
    Operation,
    PathParam,
    QueryParam,
    path_expression,
    signature,
)
from .spec_loader import SpecError
from .type_grammar import model_names


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
    local = LocalModels(models, "..models.", "")
    code = [m.params + " " + m.returns + " " + m.body + " " + m.constant for m in methods]
    code += [k.annotation for td in typeddicts.values() for k in td.keys]
    code += ["NodeResource"] + (
        ["TypedDict", "with_config", "REQUEST_CONFIG"] if typeddicts else []
    )
    needed = imports(code, local)
    if methods:
        needed |= {Import("typing", "ClassVar"), Import(".._request", "Operation")}
    return ResourceIR(
        class_name=name,
        module=resource_module(name),
        spec_file=node.file if node else "spec/imported",
        api=version,
        doc=f"{doc} ({version}): " + (", ".join(m.name for m in methods) or "a namespace") + ".",
        filters=None,
        methods=tuple(methods),
        imports=tuple(sorted(needed)),
        typeddicts=tuple(typeddicts.values()),
        children=children,
        compat=False,
    )


def _param_type(param: PathParam | QueryParam, api: str, file: str, key: str) -> str:
    expr = parse(file, key, param.type)
    if param.enum:
        return enum_type(expr, param.enum)
    if model_names(expr):
        return "dict[str, Any]"
    scalars = {**write_scalars(api), "datetime": "_dt.datetime | _dt.date | str", "bytes": "str"}
    return python_type(expr, scalars)


def _query_typeddict(op: Operation, file: str, where: str) -> TypedDictIR:
    keys = []
    for param in op.query_params:
        at = f"{where}.query.{param.wire}"
        annotation = _param_type(param, op.version, file, at)
        if param.required:
            annotation = f"Required[{annotation}]"
        key = query_key(param.wire)
        if key == "prefetch" and op.pagination in NUMBERED_PAGES:
            raise SpecError(file, at, "`prefetch` is an iterall argument")
        keys.append(TypedDictKey(key, repr(key), annotation))
    doc = (
        f"Query parameters of `{op.name}`; `x__in` is sent as `x:in` (either spelling may be "
        "given); unknown keys are sent as given, with an `UnknownArgumentWarning`."
    )
    return TypedDictIR(op.query or "", doc, tuple(keys), not all(is_plain_key(k.key) for k in keys))


def _method(
    op: Operation, query: TypedDictIR | None, models: CollectedModels, file: str, where: str
) -> MethodIR:
    """The method of one operation: its signature and the one runtime call it makes."""
    annotations = {
        p.name: _param_type(p, op.version, file, f"{where}.params.{p.wire}") for p in op.params
    }
    body_type = _body(op, models, file, where)
    annotations.update(body=body_type, prefetch="int", query=query.name if query else "")
    params = signature(op, lambda arg: annotations[arg.name])
    doc = f"`{op.method} /{op.version}/{op.path}` ({op.operation_id})."
    returns = {
        "bytes": "bytes",
        "lines": "Iterator[str]",
        "nothing": "None",
        "many": f"list[{op.model}]",
        "pages": f"Iterator[{op.model}]",
        "one": f"{op.model}",
    }.get(op.result, "")
    model = op.model
    if op.result == "value":
        expr = parse(file, where, op.result_type or "")
        returns = python_type(expr, read_scalars(op.version))
        model = returns
    if op.result == "pages":
        doc = f"Every item of every page of {doc[:-1]}, one page in memory at a time."
        if op.prefetch:
            doc += " `prefetch=N` fetches up to N more pages ahead, in the background."
    constant = operation_constant(op.name)
    declaration = operation_declaration(
        op, returns, op.result, model, query.name if query else None, body_type
    )
    args = [f"self.{constant}", path_expression(op)]
    args += ["query=query"] if query else []
    args += ["body=body"] if op.body else []
    args += ["prefetch=prefetch"] if op.prefetch else []
    call = f"self._call({', '.join(args)})"
    return MethodIR(op.name, params, returns, doc, f"return {call}", declaration)


def operation_declaration(
    op: Operation,
    returns: str,
    result: str,
    model: str | None,
    query_type: str | None,
    body_type: str | None,
) -> str:
    """The class constant describing `op` as the runtime's `Operation` (see runtime/_request.py),
    for a method returning `returns`: imported nodes' and the old client's alike."""
    required = "".join(f"{string(wire)}, " for wire in op.required_query)
    fields = [
        f"method={string(op.method)}",
        f"path={string(op.path)}",
        f"version={string(op.version)}",
        f"result={string(result)}",
        *([f"model={model}"] if model else []),
        *([f"query_type={query_type}"] if query_type else []),
        *([f"body_type={body_type}"] if op.body else []),
        *(["envelope=True"] if op.envelope else []),
        *([f"pagination={string(op.pagination)}"] if result == "pages" else []),
        *([f"batch_limit={op.batch_limit}"] if op.batch_limit and result != "pages" else []),
        *(["multipart=True"] if op.content_type == "multipart" else []),
        *([f"operation_id={string(op.operation_id)}"] if op.compat is None else []),
        *([f"required_query=({required})"] if required else []),
        *(["filter_required=True"] if op.filter_required else []),
    ]
    constant = operation_constant(op.name)
    return f"{constant}: ClassVar[Operation[{returns}]] = Operation({', '.join(fields)})"


def _body(op: Operation, models: CollectedModels, file: str, where: str) -> str:
    """The type the body is annotated with and validated against, or "" without a body."""
    if op.body is None:
        return ""
    expr = parse(file, f"{where}.body.type", op.body)
    for ref in model_names(expr):
        if ref not in models:
            raise SpecError(file, f"{where}.body.type", f"unknown model {ref!r}")
    if model_names(expr) and not body_models(op, models):
        return "list[dict[str, Any]]" if expr.kind == "list" else "dict[str, Any]"
    return python_type(expr, {**write_scalars(op.version), "bytes": "Upload"}, body_verb(op))

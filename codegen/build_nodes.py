"""Imported nodes -> resource IR: one class per node of the typed client, one method per operation.

Calling convention of the generated methods (README, "The whole API"): path parameters first, in
path order (a parent's ids may be left out where the API also serves the call without them), then
the request body as one argument (a TypedDict, or a list of them for batch calls), then query
parameters as keyword arguments, operators spelled with `__` (`id__in=[1, 2]` is `id:in=1,2`).
"""

from __future__ import annotations

import re

from .annotations import (
    LocalModels,
    enum_type,
    imports,
    parse,
    python_type,
    read_scalars,
    write_scalars,
)
from .collect import CollectedModels, CollectedNode
from .ir import ChildIR, MethodIR, ResourceIR, TypedDictIR, TypedDictKey
from .literals import fstring, string
from .naming import (
    identifier,
    is_plain_key,
    node_class_name,
    query_key,
    query_typeddict_name,
    snake,
)
from .spec_loader import SpecError
from .spec_schema import OperationSpec, ParamSpec
from .type_grammar import model_names

_PARAM = re.compile(r"\{([^}]+)\}")

#: Paginations with page numbers: `meta.pagination.total_pages` tells how many, so `iterall` can
#: fetch pages ahead (`prefetch`).
NUMBERED_PAGES = ("offset", "offset+cursor")


def build_nodes(
    nodes: list[CollectedNode], models: CollectedModels
) -> tuple[tuple[ResourceIR, ...], tuple[ChildIR, ...]]:
    """Resource IR for every node and namespace, and the client's top-level attributes."""
    by_chain = {(n.version, n.chain): n for n in nodes}
    chains = {(n.version, n.chain[:i]) for n in nodes for i in range(1, len(n.chain) + 1)}
    out: list[ResourceIR] = []
    for version, chain in sorted(chains):
        children = tuple(
            ChildIR(c[-1], node_class_name(v, c), snake(node_class_name(v, c)))
            for v, c in sorted(chains)
            if v == version and len(c) == len(chain) + 1 and c[: len(chain)] == chain
        )
        node = by_chain.get((version, chain))
        out.append(_resource(version, chain, node, children, models))
    top = tuple(
        ChildIR(c[0], node_class_name(v, c), snake(node_class_name(v, c)))
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
) -> ResourceIR:
    name = node_class_name(version, chain)
    typeddicts: list[TypedDictIR] = []
    methods: list[MethodIR] = []
    taken = {c.name for c in children}
    for verb, op in sorted(node.spec.operations.items()) if node else ():
        where = f"nodes.{'.'.join(chain)}.operations.{verb}"
        if verb in taken or not verb.isidentifier():
            raise SpecError(node.file if node else "", where, f"{verb!r} clashes with a child")
        query = _query_typeddict(version, name, verb, op, node.file if node else "", where)
        if query is not None:
            typeddicts.append(query)
        methods += _methods(version, verb, op, query, models, node.file if node else "", where)
    doc = f"`api.{'.'.join(chain)}`"
    local = LocalModels(models, "..models.", "")
    code = [m.params + " " + m.returns + " " + m.body for m in methods]
    code += [k.annotation for td in typeddicts for k in td.keys]
    code += ["NodeResource"] + (
        ["TypedDict", "with_config", "REQUEST_CONFIG"] if typeddicts else []
    )
    needed = imports(code, local)
    return ResourceIR(
        class_name=name,
        module=snake(name),
        spec_file=node.file if node else "spec/imported",
        api=version,
        doc=f"{doc} ({version}): " + (", ".join(m.name for m in methods) or "a namespace") + ".",
        filters=None,
        methods=tuple(methods),
        imports=tuple(sorted(needed)),
        typeddicts=tuple(typeddicts),
        children=children,
        base="NodeResource",
        version=version,
    )


def _param_type(param: ParamSpec, api: str, file: str, key: str) -> str:
    expr = parse(file, key, param.type)
    if param.enum:
        return enum_type(expr, param.enum)
    if model_names(expr):
        return "dict[str, Any]"
    scalars = {**write_scalars(api), "datetime": "_dt.datetime | _dt.date | str", "bytes": "str"}
    return python_type(expr, scalars, "")


def _query_typeddict(
    version: str, owner: str, verb: str, op: OperationSpec, file: str, where: str
) -> TypedDictIR | None:
    if not op.query:
        return None
    keys = []
    for wire, param in op.query.items():
        annotation = _param_type(param, version, file, f"{where}.query.{wire}")
        if param.required:
            annotation = f"Required[{annotation}]"
        key = query_key(wire)
        if key == "prefetch" and op.result.pagination in NUMBERED_PAGES:
            raise SpecError(file, f"{where}.query.{wire}", "`prefetch` is an iterall argument")
        keys.append(TypedDictKey(key, repr(key), annotation))
    name = query_typeddict_name(owner, verb)
    doc = f"Query parameters of `{verb}`; `x__in` is sent as `x:in`; unknown keys are refused."
    return TypedDictIR(name, doc, tuple(keys), not all(is_plain_key(k.key) for k in keys))


def _path_expr(path: str) -> str:
    """The path as an f-string that quotes each parameter with `segment()`."""
    return fstring(path, lambda name: f"segment({identifier(name)})")


def _methods(
    version: str,
    verb: str,
    op: OperationSpec,
    query: TypedDictIR | None,
    models: CollectedModels,
    file: str,
    where: str,
) -> list[MethodIR]:
    names = _PARAM.findall(op.path)
    unscoped = _PARAM.findall(op.unscoped_path) if op.unscoped_path else None
    required: list[str] = []
    optional: list[str] = []  # a parent's ids where the call also works without them
    for wire in names:
        spec = op.params.get(wire, ParamSpec(type="str"))
        annotation = _param_type(spec, version, file, f"{where}.params.{wire}")
        if unscoped is not None and wire not in unscoped:
            optional.append(f"{identifier(wire)}: {annotation} | None = None")
        else:
            required.append(f"{identifier(wire)}: {annotation}")
    path = _path_expr(op.path)
    if op.unscoped_path is not None:
        first = identifier(names[0])
        path = f"{path} if {first} is not None else {_path_expr(op.unscoped_path)}"
    body_arg, body_type = _body(version, op, models, file, where)
    if body_arg and not body_arg.endswith("= None"):
        required.append(body_arg)
    elif body_arg:
        optional.append(body_arg)
    signature = _signature(required, optional, query)
    query_args = f"query, {query.name}" if query else "{}, None"
    body_kw = f", body=body, body_type={body_type}" if body_arg else ""
    if op.body and op.body.content_type == "multipart":
        body_kw += ", multipart=True"
    batch = f", batch_limit={op.body.batch_limit}" if op.body and op.body.batch_limit else ""
    doc = f"`{op.method} /{version}/{op.path}` ({op.operation_id})."
    result = op.result
    env = ", envelope=True" if result.envelope else ""
    model, many = _result_model(result.type)
    call_head = f"{string(op.method)}, {path}, {query_args}{body_kw}"
    if result.format == "bytes":
        return [MethodIR(verb, signature, "bytes", doc, f"return self._bytes({call_head})")]
    if result.format == "lines":
        return [MethodIR(verb, signature, "Iterator[str]", doc, f"return self._lines({call_head})")]
    if result.type is None:
        return [MethodIR(verb, signature, "None", doc, f"return self._nothing({call_head}{batch})")]
    if model is None:
        returns = python_type(parse(file, where, result.type), read_scalars(version), "")
        call = f"return self._value({returns}, {call_head}{env})"
        return [MethodIR(verb, signature, returns, doc, call)]
    if many:
        methods = [
            MethodIR(
                verb,
                signature,
                f"list[{model}]",
                doc,
                f"return self._many({model}, {call_head}{env}{batch})",
            )
        ]
        if result.pagination != "none" and verb == "all":
            pages = f", pagination={string(result.pagination)}"
            iter_signature = signature
            iter_doc = f"Every item of every page of {doc[:-1]}, one page in memory at a time."
            if result.pagination in NUMBERED_PAGES:
                iter_signature = _signature(required, optional, query, ("prefetch: int = 0",))
                pages += ", prefetch=prefetch"
                iter_doc += " `prefetch=N` fetches up to N more pages ahead, in the background."
            methods.append(
                MethodIR(
                    "iterall", iter_signature, f"Iterator[{model}]", iter_doc,
                    f"return self._pages({model}, {call_head}{env}{pages})",
                )
            )  # fmt: skip
        return methods
    return [MethodIR(verb, signature, model, doc, f"return self._one({model}, {call_head}{env})")]


def _signature(
    required: list[str],
    optional: list[str],
    query: TypedDictIR | None,
    keywords: tuple[str, ...] = (),
) -> str:
    """The parameters after `self`: ids (optional ones stay positional unless something required
    follows them), the body, keyword-only `keywords`, then the query as `**query`."""
    parts = optional + required if not required or not optional else required
    signature = ", ".join(parts) + (", /" if parts else "")
    named = (optional if optional and required else []) + list(keywords)
    if named:
        signature += (", " if signature else "") + "*, " + ", ".join(named)
    if query is not None:
        signature += (", " if signature else "") + f"**query: Unpack[{query.name}]"
    return signature


def _result_model(type_text: str | None) -> tuple[str | None, bool]:
    if type_text is None:
        return None, False
    match = re.fullmatch(r"(list\[)?([A-Z][A-Za-z0-9_]*)\]?", type_text)
    if match is None:
        return None, False
    return match.group(2), bool(match.group(1))


def _body(
    version: str, op: OperationSpec, models: CollectedModels, file: str, where: str
) -> tuple[str, str]:
    """(the body parameter, the type it is validated against) or ("", "")."""
    if op.body is None:
        return "", ""
    suffix = "Update" if op.method == "PUT" else "Create"
    expr = parse(file, f"{where}.body.type", op.body.type)
    for ref in model_names(expr):
        if ref not in models:
            raise SpecError(file, f"{where}.body.type", f"unknown model {ref!r}")
    writable = {
        m for m, model in models.items() if any(not f.read_only for f in model.spec.fields.values())
    }
    refs = model_names(expr)
    if refs and not all(r in writable for r in refs):
        annotation = "list[dict[str, Any]]" if expr.kind == "list" else "dict[str, Any]"
    else:
        annotation = python_type(expr, {**write_scalars(version), "bytes": "Upload"}, suffix)
    optional = "" if op.body.required else " | None = None"
    return f"body: {annotation}{optional}", annotation

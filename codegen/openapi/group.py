"""Operations -> a tree of resources with verbs: the naming rule of the typed client.

The rule, applied to an operation's path relative to its version root:

1. The *node* is the path up to its last fixed segment; trailing `{params}` are the item id(s).
   `/catalog/products/{product_id}/images/{image_id}` is node `catalog/products/{}/images`, reached
   as `client.catalog.products.images` (v2: `client.v2....`): one attribute per fixed segment,
   snake_case; path parameters become the method's leading arguments, in path order.
2. The verb comes from the method and the shape of the call:
   GET on `.../count` is `count` on the node above; GET of a list is `all` (and `iterall` when
   the answer is paged); GET of one object is `get`; POST is `create` (`create_many` for a list
   body, `upsert` for an operation named upsert...); PUT on an item or a single object is
   `update`, with a list body `update_many` (or `upsert`); DELETE on an item is `delete`, on the
   collection `delete_many` when it names what to delete (a required filter or a body) and
   `delete_all` otherwise.
3. A POST whose operation is not a creation (its operationId does not start with create, add,
   post or upsert) on a node that has no GET is a *named action* on the node above, named after
   the last fixed segment: `POST /orders/{order_id}/payment_actions/capture` is
   `client.orders.payment_actions.capture(order_id)`.
4. The same verb with the same result type on the same node, with and without the parent's id
   (`GET /orders/metafields` and `GET /orders/{order_id}/metafields`), is one method whose
   parent ids are optional: `api.orders.metafields.all()` lists across orders, `.all(order_id)`
   one order's. Only when the two take the same body and require the same query parameters:
   otherwise one method could send only one of them right (`POST /pricelists/records` items
   carry their `price_list_id`; `GET /promotions/codes` requires `code`), so the call with the
   parent ids keeps the verb and the other is named from its operationId.
5. Any other clash of names on a node: the later operation (by method, path) is named from its
   operationId in snake_case.
6. The payments gateway's operations (served by payments.bigcommerce.com, not the store's API)
   sit among the v3 nodes by their path, named for what the gateway does with them
   (`GATEWAY_VERBS`): `POST /payments` is `client.payments.process` (rule 3 would name it from
   its operationId, `payments_post`, as its path has no node above). Any other is named by the
   rules above.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..naming import attribute as attr
from ..naming import operation_method_name, unclashed, words
from .model import Operation
from .names_lock import CallKey, NamesLock

CREATION_WORDS = frozenset({"create", "add", "post", "upsert"})
#: (method, path) of a payments gateway operation -> its verb (rule 6).
GATEWAY_VERBS = {("POST", "/payments"): "process"}
_PARAM = re.compile(r"^\{[^}]+\}$")


@dataclass(frozen=True)
class Verb:
    name: str  # the Python method name
    operation: Operation
    item_params: tuple[str, ...]  # trailing path parameters (the id or ids)
    paged: bool = False  # `iterall` accompanies `all`
    unscoped: Operation | None = None  # the same call without the parent ids (rule 4)


@dataclass
class Node:
    """One resource of the typed client: a fixed path, its verbs and its child resources."""

    version: str
    key: str  # "catalog/products/{}/images": fixed segments, `{}` for each parameter
    verbs: dict[str, Verb] = field(default_factory=dict)
    children: dict[str, Node] = field(default_factory=dict)  # attribute name -> node

    @property
    def chain(self) -> tuple[str, ...]:
        """The attribute names from the client to this node."""
        return tuple(attr(s) for s in self.key.split("/") if s and s != "{}")


def split_path(path: str) -> tuple[list[str], list[str]]:
    """(node segments with `{}` for parameters, trailing parameter names)."""
    segments = [s for s in path.strip("/").split("/") if s]
    trailing: list[str] = []
    while segments and _PARAM.match(segments[-1]):
        trailing.insert(0, segments.pop()[1:-1])
    return ["{}" if _PARAM.match(s) else s for s in segments], trailing


def _is_list(type_text: str | None) -> bool:
    return bool(type_text) and str(type_text).startswith("list[")


def _result_type(op: Operation) -> str | None:
    for response in op.responses:
        if response.type is not None:
            return response.data_type or response.type
    return None


def _paged(op: Operation) -> bool:
    return any(r.pagination != "none" for r in op.responses)


def _verb(op: Operation, trailing: list[str], has_get: bool) -> tuple[str, bool]:
    """(verb name, is a named action on the node above)."""
    first = (words(op.operation_id) or [""])[0]
    body_is_list = op.body is not None and _is_list(op.body.type)
    if op.method == "GET":
        if trailing:
            return "get", False
        return ("all", False) if _is_list(_result_type(op)) else ("get", False)
    if op.method == "POST":
        if trailing or (first not in CREATION_WORDS and not has_get):
            return "action", True
        if first == "upsert":
            return "upsert", False
        return ("create_many" if body_is_list else "create"), False
    if op.method in ("PUT", "PATCH"):
        if first == "upsert":
            return "upsert", False
        if trailing or not body_is_list:
            return "update", False
        return "update_many", False
    if trailing:
        return "delete", False
    names_targets = body_is_list or any(p.required and p.location == "query" for p in op.params)
    return ("delete_many" if names_targets else "delete_all"), False


def call_key(op: Operation) -> CallKey:
    """What the names lock knows an operation by: version, method and path."""
    return (op.version, op.method, op.path.strip("/"))


def build_tree(operations: tuple[Operation, ...], lock: NamesLock | None = None) -> dict[str, Node]:
    """Version -> root node (key ""), every operation placed once, deterministically. A method
    the names lock names keeps its name (those operations are placed first)."""
    lock = lock or NamesLock()
    roots: dict[str, Node] = {}
    ordered = sorted(operations, key=lambda o: (o.version, o.path, o.method))
    ordered.sort(key=lambda o: lock.call(call_key(o)) is None)
    gets = {(o.version, tuple(split_path(o.path)[0])) for o in ordered if o.method == "GET"}
    for op in ordered:
        root = roots.setdefault(op.version, Node(op.version, ""))
        segments, trailing = split_path(op.path)
        locked = lock.call(call_key(op))
        if op.method == "GET" and not trailing and segments and segments[-1] == "count":
            _add(root, segments[:-1], locked or "count", op, trailing, False)
            continue
        has_get = (op.version, tuple(segments)) in gets
        name, is_action = _verb(op, trailing, has_get)
        gateway_verb = GATEWAY_VERBS.get((op.method, op.path)) if op.server != "api" else None
        if gateway_verb is not None:
            _add(root, segments, locked or gateway_verb, op, trailing, False)
        elif is_action and not trailing and len(segments) > 1:
            _add(root, segments[:-1], locked or attr(segments[-1]), op, trailing, False)
        elif is_action:
            name = locked or operation_method_name(op.operation_id)
            _add(root, segments, name, op, trailing, False)
        else:
            _add(root, segments, locked or name, op, trailing, name == "all" and _paged(op))
    return roots


def tree_calls(roots: dict[str, Node]) -> dict[CallKey, str]:
    """Every operation of the tree -> its call (`catalog.products.all`), for the names lock."""
    out: dict[CallKey, str] = {}
    todo = list(roots.values())
    while todo:
        node = todo.pop()
        todo.extend(node.children.values())
        for name, verb in node.verbs.items():
            call = ".".join((*node.chain, name))
            out[call_key(verb.operation)] = call
            if verb.unscoped is not None:
                out[call_key(verb.unscoped)] = call
    return out


def _node(root: Node, segments: list[str]) -> Node:
    node = root
    for i, segment in enumerate(segments):
        if segment == "{}":
            continue
        child = node.children.get(attr(segment))
        if child is None:
            child = Node(root.version, "/".join(segments[: i + 1]))
            node.children[attr(segment)] = child
        node = child
    return node


def path_params(path: str) -> list[str]:
    return re.findall(r"\{([^}]+)\}", path)


def _add(
    root: Node, segments: list[str], name: str, op: Operation, trailing: list[str], paged: bool
) -> None:
    node = _node(root, segments)
    known = node.verbs.get(name)
    if (
        known is not None
        and known.unscoped is None
        and not trailing
        and not known.item_params
        and _result_type(known.operation) == _result_type(op)  # one method, one result type
    ):
        mine, theirs = path_params(op.path), path_params(known.operation.path)
        if len(mine) != len(theirs) and (mine[-len(theirs) :] == theirs or not theirs):
            scoped, unscoped = (
                (op, known.operation) if len(mine) > len(theirs) else (known.operation, op)
            )
            if _same_arguments(scoped, unscoped):
                verb = Verb(name, scoped, known.item_params, known.paged or paged, unscoped)
                node.verbs[name] = verb
                return
            if scoped is op:  # the scoped call keeps the verb; the other moves aside
                del node.verbs[name]
                taken = node.verbs.keys() | node.children.keys()
                aside = unclashed(operation_method_name(known.operation.operation_id), taken)
                node.verbs[aside] = replace(known, name=aside)
    taken = node.verbs.keys() | node.children.keys()
    if name in taken:
        name = unclashed(operation_method_name(op.operation_id), taken)
    node.verbs[name] = Verb(name, op, tuple(trailing), paged)


def _same_arguments(a: Operation, b: Operation) -> bool:
    """Whether one method can send both: the same body and the same required query."""

    def required(op: Operation) -> set[str]:
        return {p.name for p in op.params if p.location == "query" and p.required}

    return a.body == b.body and required(a) == required(b)

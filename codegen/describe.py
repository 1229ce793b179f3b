"""What generated docstrings and docs pages say, written from the specs' facts only.

Nothing here is copied from the API's documents: every sentence is made from structure (the route,
what the call answers, how it pages, its batch size, what it requires) and from field facts (type,
allowed values, read-only, required, nullable, create-only, deprecated). The texts are plain; the
templates escape them (`literals.docblock`, `literals.markdown`) like every other literal.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .literals import LINE_LENGTH, comment
from .naming import query_key
from .operation import Argument, Operation, arguments, call
from .spec_schema import FieldSpec, Limits
from .typeref import TypeRef

#: The text of `typing_extensions.deprecated` on an operation its documents mark deprecated.
DEPRECATED = "Deprecated in BigCommerce's API documents; it may stop working."


@dataclass(frozen=True)
class Doc:
    """A docstring: a summary line, further paragraphs and `Args:` entries (name, text)."""

    summary: str
    paragraphs: tuple[str, ...] = ()
    args: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        """Summary and paragraphs on one line each (for a page's prose)."""
        return "\n\n".join((self.summary, *self.paragraphs))


def route(op: Operation) -> str:
    """`GET /v3/catalog/products/{product_id}`; the payments gateway's under its own host."""
    if op.server == "payments":
        return f"{op.method} payments.bigcommerce.com/stores/{{store_hash}}/{op.path}"
    return f"{op.method} /{op.version}/{op.path}"


def returns(op: Operation, returned: TypeRef) -> str:
    """What the call answers, in words."""
    model = f"`{op.model}`" if op.model else f"`{returned}`"
    return {
        "one": f"Returns one {model}.",
        "many": f"Returns one page of {model} objects (a list)."
        if paging_kind(op)
        else f"Returns a list of {model} objects.",
        "pages": f"Yields every {model} of every page, one page in memory at a time.",
        "value": f"Returns `{returned}`.",
        "nothing": "Returns None (the answer has no body).",
        "bytes": "Returns the answer's bytes.",
        "lines": "Yields the answer's text, line by line.",
    }[op.result]


def answered_by(operations: Iterable[Operation]) -> dict[str, str]:
    """Model key -> the sentence that says which calls answer it, for its docstring:
    "Answered by `api.catalog.brands`: `all`, `create`, `get`, `update`." (`iter*` twins left
    out; past three resources, a count and one example)."""
    owners: dict[str, dict[str, list[str]]] = {}
    for op in operations:
        if op.model is None or op.name.startswith("iter"):
            continue
        owners.setdefault(op.model, {}).setdefault(op.owner, []).append(op.name)
    out = {}
    for model, calls in owners.items():
        if len(calls) <= 3:
            parts = [
                f"`api.{owner}`: " + ", ".join(f"`{name}`" for name in sorted(names))
                for owner, names in sorted(calls.items())
            ]
            out[model] = f"Answered by {'; '.join(parts)}."
        else:
            owner, names = min(calls.items())
            count = sum(len(names) for names in calls.values())
            out[model] = (
                f"Answered by {count} calls of {len(calls)} resources, such as "
                f"`api.{owner}.{min(names)}`."
            )
    return out


def paging_kind(op: Operation) -> str:
    """How the call's answer pages (`offset`, `cursor`, `page`), "" when it does not."""
    if op.pagination in ("none", "singleton") or op.result not in ("many", "pages"):
        return ""
    return op.pagination


def paging(op: Operation) -> str | None:
    """How the call pages, or None when it does not."""
    if op.pagination in ("none", "singleton") or op.result not in ("many", "pages"):
        return None
    by = {
        "offset": "page numbers (`page`, `limit`)",
        "offset+cursor": "page numbers (`page`, `limit`)",
        "page": "page numbers (`page`, `limit`)",
        "cursor": "cursors (`after`, `limit`)",
    }[op.pagination]
    if op.result == "pages":
        text = f"Paged by {by}: follows the pages to the last, 250 items a page unless `limit`."
        if op.prefetch:
            text += " `prefetch=N` fetches up to N more pages ahead, in the background."
        return text
    return f"Paged by {by}: one page per call; `iterall` walks every page."


def method_doc(
    op: Operation,
    summary: str,
    returned: TypeRef,
    annotation: Callable[[Argument], TypeRef],
) -> Doc:
    """A method's docstring: `summary` (naming the route), then what it returns, how it pages,
    its batch size and what it requires, and its arguments."""
    paragraphs = [returns(op, returned)]
    paged = paging(op)
    if paged:
        paragraphs.append(paged)
    if op.batch_limit and op.result != "pages":
        paragraphs.append(
            f"Sends at most {op.batch_limit} items a request: a longer list is sent in chunks "
            f"of {op.batch_limit}, one request after another."
        )
    required = [query_key(q.wire) for q in op.query_params if q.required]
    if required:
        which = "refused before sending" if op.required_query else "required by the documents"
        paragraphs.append(f"Query parameters {which} when missing: {_names(required)}.")
    if op.filter_required:
        paragraphs.append(
            "Refused before sending without at least one query filter: unfiltered, it would "
            "delete every item."
        )
    if op.content_type == "multipart":
        paragraphs.append("The body is sent as multipart/form-data (files as uploads).")
    if op.deprecated:
        paragraphs.append(DEPRECATED)
    return Doc(summary, tuple(paragraphs), _args(op, annotation))


def _args(op: Operation, annotation: Callable[[Argument], TypeRef]) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    params = {p.name: p for p in op.params}
    headers = {h.name: h for h in op.headers}
    for arg in arguments(op):
        kind = f"`{annotation(arg)}`"
        if arg.role == "id":
            param = params[arg.name]
            text = f"{kind}, the path's `{{{param.wire}}}`"
            if arg.optional and op.unscoped_path is not None:
                text += f"; without it: `{op.method} /{op.version}/{op.unscoped_path}`"
        elif arg.role == "body" and arg.kind == "spread":
            text = f"the fields (`{annotation(arg)}`), as keyword arguments"
        elif arg.role == "body":
            text = f"{kind}, the request body" + ("" if not arg.optional else "; optional")
            if op.batch_limit:
                text += f"; sent {op.batch_limit} items a request"
        elif arg.role == "header":
            text = f"{kind}, sent as the `{headers[arg.name].wire}` header"
            text += "; optional" if arg.optional else ""
        elif arg.role == "option":
            text = "how many more pages to fetch ahead, in the background (0: none)"
        elif arg.role == "query":
            text = f"the query parameters (`{annotation(arg)}`)"
            if any(":" in q.wire for q in op.query_params):
                text += "; `x__in` is sent as `x:in`"
        else:
            continue  # extra_headers & co: the same on every call
        out.append((arg.name, text + "."))
    return tuple(out)


def example(
    op: Operation, annotation: Callable[[Argument], TypeRef], query_types: dict[str, str]
) -> str:
    """One runnable use of the method, as Python source: a comment naming the inputs it takes
    (variables a reader supplies), then the call on `api` and a use of its result. The required
    query parameters are passed as keywords (`query_types`: their types by key), and a call
    refused without a filter gets `**query`."""
    text = call(op)
    roles = {a.name: a for a in arguments(op)}
    given = []
    for name in re.findall(r"(?:\*\*)?(\w+)(?=[,)])", text[text.index("(") :]):
        arg = roles[name]
        shown = f"a dict of `{annotation(arg)}` keys" if arg.kind == "spread" else annotation(arg)
        given.append(f"{name}: {shown}")
    extra = [f"{key}={key}" for key in query_types]
    given += [f"{key}: {kind}" for key, kind in query_types.items()]
    if op.filter_required and not extra:
        extra.append("**query")
        given.append("query: a dict with at least one filter")
    callee, args = text[: text.index("(")], text[text.index("(") + 1 : -1].split(", ")
    args = [a for a in args if a] + extra
    lines = [f"# Given {comment('; '.join(given))}"] if given else []
    if op.result == "pages":
        lines += [*_fitted("for item in ", callee, args, ":"), "    print(item)"]
    elif op.result == "nothing":
        lines += _fitted("", callee, args, "")
    else:
        lines += [*_fitted("result = ", callee, args, ""), "print(result)"]
    return "\n".join(lines)


def _fitted(prefix: str, callee: str, args: list[str], suffix: str) -> list[str]:
    """A call on as few lines as the formatter would put it within the line length."""
    one = f"{prefix}{callee}({', '.join(args)}){suffix}"
    if len(one) <= LINE_LENGTH:
        return [one]
    inner = "    " + ", ".join(args)
    if len(inner) <= LINE_LENGTH:
        return [f"{prefix}{callee}(", inner, f"){suffix}"]
    return [f"{prefix}{callee}(", *(f"    {a}," for a in args), f"){suffix}"]


def field_facts(field: FieldSpec, *, in_body: bool = False) -> str:
    """What a model field's annotation does not say: allowed values, read-only, create-only,
    which requests require it, null; "" when there is nothing to add. In a request body
    (`in_body`) the annotation already spells the values, requirement and null."""
    facts: list[str] = []
    if field.read_only:
        facts.append("Read-only: set by the API, never sent.")
    if field.create_only:
        facts.append("Sent on create only: the API refuses it on update.")
    if not in_body:
        if field.required:
            facts.append(f"Required to {' and '.join(field.required)}.")
        if field.enum:
            facts.append(f"One of: {values(field.enum)}.")
        if field.nullable:
            facts.append("May be null.")
    if field.write_type is not None and not in_body:
        facts.append(f"Sent as `{field.write_type}`.")
    facts += limit_facts(field)
    return " ".join(facts)


def query_facts(wire: str, key: str, required: bool, limits: Limits | None = None) -> str:
    """What a query parameter's key does not say: its wire name, whether it is required, and
    its documented limits."""
    facts = [] if wire == key else [f"Sent as `{wire}`."]
    facts += ["Required by the documents."] if required else []
    facts += limit_facts(limits) if limits is not None else []
    return " ".join(facts)


def limit_facts(limits: Limits) -> list[str]:
    """The documented bounds, default and deprecation, as sentences ("At most 255 characters.",
    "From 1 to 100.", "Default `true`.", "Deprecated."). Only stated, never checked: the server
    decides."""
    facts: list[str] = []
    length = _range(limits.min_length or None, limits.max_length)  # at least 0 says nothing
    if length:
        top = limits.max_length if limits.max_length is not None else limits.min_length
        unit = "character" if top == 1 else "characters"
        facts.append(f"{length} {unit}.")
    bounds = _range(limits.minimum, limits.maximum)
    if bounds:
        facts.append(f"{bounds}.")
    if limits.max_items is not None:
        facts.append(f"At most {limits.max_items} items.")
    if limits.default is not None:
        facts.append(f"Default `{default_text(limits.default)}`.")
    if limits.deprecated:
        facts.append("Deprecated.")
    return facts


def _range(low: int | float | None, high: int | float | None) -> str:
    if low is not None and low == high:
        return f"Exactly {low!r}"
    if low is not None and high is not None:
        return f"From {low!r} to {high!r}"
    if high is not None:
        return f"At most {high!r}"
    if low is not None:
        return f"At least {low!r}"
    return ""


def default_text(value: object) -> str:
    """A documented default: booleans as the API spells them (`true`), texts quoted like
    allowed values (`'asc'`), a list in brackets (`['a', 'b']`)."""
    if isinstance(value, tuple | list):
        return f"[{', '.join(default_text(item) for item in value)}]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)


def values(enum: tuple[str | int | float | bool, ...]) -> str:
    """Allowed values as a list of code spans: `'a'`, `'b'`, `1`."""
    return ", ".join(f"`{v!r}`" if isinstance(v, str) else f"`{v}`" for v in enum)


def _names(names: list[str]) -> str:
    return ", ".join(f"`{n}`" for n in names)

"""One class per API object: the documents' schemas folded into classes, each named by the rule.

The reader (`schemas.py`) names every object schema from where it is defined and collapses only
same-named identical ones. Here, with every operation known, the schemas are folded further:

1. **Identical shapes are one class.** Schemas with the same field names and types (the schemas
   their fields refer to identical in turn) are one class. For schemas only ever read (results),
   requirements, enums and `nullable` do not count (an answer model reads every field as
   optional); for schemas sent in a request body (and what they contain) they do.
2. **One object, one class.** The results of a collection's `all` (its items), `get`, `create`,
   `update` (and batch `create_many`, `update_many`, `upsert`) are one class when their fields
   agree (`_Agreement`): at most `max(2, 10%)` of the fields are in one and not the other
   (`channels` missing from a create's answer), and the common fields' types agree: the same,
   text formats (`str`, `datetime`, `date`), a free-form `object` and an object schema, or
   schemas that agree in turn (a nested `config` the documents describe twice), which are then
   one class too. A result also sent in a request (`productImage_Full`) takes part like any
   other. The class has every field of each, of the widest type (`str` over `datetime` over
   `date`, `object` over a schema: each reads every answer the others do); where a member is
   sent in a request, requirements and enums are the request schemas' (a field only answered
   is never required). A result of another shape (a summary, a partial) stays a class of its
   own. So are the copies of one component that several documents define (the products
   document's `productModifier_Full`, embedded in a product, and the modifiers document's),
   where they agree the same way.
3. **Names by the rule** (`naming.object_name` and friends; spec/README.md, "Model names"),
   unless the names lock (`names_lock.py`) already names the class.

The result is an `ApiDescription` whose schemas are the classes under their public names (unique
per API version) and whose operations refer to them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from ..naming import (
    NESTING_WORDS,
    area_object_name,
    attribute,
    body_model_name,
    cleaned_schema_name,
    document_subject,
    dropped_words,
    fitted_name,
    last_resort_name,
    model_type_names,
    nested_model_name,
    node_object_name,
    side_words,
    subject_name,
    unstuttered,
    versioned_model_name,
)
from ..type_grammar import model_names, parse_type
from .group import Node
from .model import ApiDescription, Operation, Schema, SchemaField
from .names_lock import Identity, NamesLock, schema_identity

#: Where a document's named components are (`file#/components/schemas/Name`).
_COMPONENT = "#/components/schemas/"
RESULT_VERBS = frozenset({"all", "get", "create", "update", "update_many", "create_many", "upsert"})
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_LIST = re.compile(r"^list\[(\w+)\]$")
#: A document's copy of a schema for a deeper level: one digit after a letter (`AndItemMatcher2`).
_COPY = re.compile(r"^[A-Za-z_]*[A-Za-z][2-9]$")
#: The text formats, narrowest first: where one object's descriptions differ, the widest holds
#: every answer (a `datetime` reads a plain date too; `str` reads anything).
_TEXT = ("date", "datetime", "str")


def _refs(text: str | None) -> list[str]:
    return sorted(model_names(parse_type(text))) if text else []


def schema_version(schema: Schema) -> str:
    """The API version of the document a schema is defined in."""
    return "v2" if ".v2" in schema.source.split("#")[0] else "v3"


def _item(text: str | None) -> str | None:
    """The model a result or body type names: `Product`, `list[Product]` -> `Product`."""
    if not text:
        return None
    match = _LIST.match(text)
    return match.group(1) if match else text


def _result_type(op: Operation) -> str | None:
    main = next((r for r in op.responses if r.type is not None), None)
    return None if main is None else (main.data_type or main.type)


@dataclass(frozen=True)
class _Use:
    """A use of a class by a call: its node, verb name and operation."""

    node: Node
    verb: str
    op: Operation


def _walk(node: Node) -> Iterable[Node]:
    yield node
    for _, child in sorted(node.children.items()):
        yield from _walk(child)


class _Classes:
    """Union-find over schema names, refined by shape."""

    def __init__(self, schemas: Mapping[str, Schema], strict: set[str]) -> None:
        self.schemas = schemas
        self.strict = strict
        self.label: dict[str, int] = {}

    def _type_sig(self, text: str) -> str:
        return _NAME.sub(
            lambda m: f"#{self.label[m.group(0)]}" if m.group(0) in self.label else m.group(0),
            text,
        )

    def _field_sig(self, name: str, f: SchemaField) -> object:
        base = (f.name, self._type_sig(f.type), f.read_only)
        if name in self.strict:
            enum = tuple(sorted((type(v).__name__, repr(v)) for v in f.enum))
            return (*base, f.required, f.nullable, enum)
        return base

    def refine(self, atomic: Mapping[str, int]) -> None:
        """Split classes until stable; names in `atomic` keep their given class."""
        names = sorted(self.schemas)
        # A class holds the schemas of one API version: the two versions' modules never share one.
        start: dict[object, int] = {}
        self.label = {
            n: start.setdefault(
                ("atomic", atomic[n])
                if n in atomic
                else (schema_version(self.schemas[n]), n in self.strict),
                len(start),
            )
            for n in names
        }
        count = len(set(self.label.values()))
        while True:
            ids: dict[object, int] = {}
            refined: dict[str, int] = {}
            for name in names:
                schema = self.schemas[name]
                if name in atomic:
                    sig: object = ("atomic", atomic[name])
                else:
                    fields = sorted(schema.fields, key=lambda f: f.name)
                    sig = (
                        self.label[name],
                        schema.open,
                        tuple(self._field_sig(name, f) for f in fields),
                    )
                refined[name] = ids.setdefault(sig, len(ids))
            self.label = refined
            if len(ids) == count:
                return
            count = len(ids)

    def members(self) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for name in sorted(self.label):
            out.setdefault(self.label[name], []).append(name)
        return out

    def field_types(self, name: str) -> dict[str, str]:
        return {f.name: self._type_sig(f.type) for f in self.schemas[name].fields}


def _agree(first: Mapping[str, str], second: Mapping[str, str], least: int = 2) -> bool:
    """Two results of one collection may describe one object (rule 2): each has `least` fields
    or more, and at most `max(2, 10%)` of them are in one only. Whether the common fields'
    types agree is `_Agreement`'s to say."""
    if min(len(first), len(second)) < least:
        return False
    return len(first.keys() ^ second.keys()) <= max(2, max(len(first), len(second)) // 10)


class _Agreement:
    """Whether two schemas describe one object (rule 2), and then which schemas they refer to
    describe one object too: the common fields' types agree when they are the same, or are text
    formats (`str`, `datetime`, `date`), or one is a free-form `object` and the other an object
    schema, or they refer at the same place to schemas of one class or to schemas that agree in
    turn (nested objects: at least one field each)."""

    def __init__(self, schemas: Mapping[str, Schema], same: Callable[[str, str], bool]) -> None:
        self.schemas = schemas
        self.same = same

    def pairs(self, first: str, second: str) -> set[tuple[str, str]] | None:
        """The pairs of schemas to make one class for `first` and `second` to be one (theirs
        included), or None when they do not agree."""
        found: set[tuple[str, str]] = set()
        return found if self._schemas(first, second, 2, found) else None

    def _schemas(self, first: str, second: str, least: int, found: set[tuple[str, str]]) -> bool:
        if self.same(first, second) or (first, second) in found or (second, first) in found:
            return True  # a pair already being compared agrees unless something else fails
        a, b = self.schemas[first], self.schemas[second]
        if schema_version(a) != schema_version(b):
            return False
        types_a = {f.name: f.type for f in a.fields}
        types_b = {f.name: f.type for f in b.fields}
        if not _agree(types_a, types_b, least):
            return False
        found.add((first, second))
        common = sorted(types_a.keys() & types_b.keys())
        return all(self._types(types_a[k], types_b[k], found) for k in common)

    def _types(self, first: str, second: str, found: set[tuple[str, str]]) -> bool:
        if first == second:
            return True
        names_a, names_b = _NAME.findall(first), _NAME.findall(second)
        if _NAME.sub("", first) != _NAME.sub("", second) or len(names_a) != len(names_b):
            return False
        for a, b in zip(names_a, names_b, strict=True):
            if a == b or {a, b} <= set(_TEXT) or _free_form(a, b, self.schemas):
                continue
            if a not in self.schemas or b not in self.schemas:
                return False
            if not self._schemas(a, b, 1, found):
                return False
        return True


def _results(node_uses: list[_Use], schemas: Mapping[str, Schema]) -> list[str]:
    """The schemas a collection's `RESULT_VERBS` answer (their items), in order, once each."""
    out: list[str] = []
    for use in node_uses:
        name = _item(_result_type(use.op)) if use.verb in RESULT_VERBS else None
        if name is not None and name in schemas and name not in out:
            out.append(name)
    return out


def _copies(first: Schema, second: Schema) -> bool:
    """Two documents' copies of one schema: the same identity (`config_Full`, or the same place
    inside copies of one component)."""
    return schema_identity(first.source) == schema_identity(second.source)


def _merged_fields(members: list[Schema], strict: set[str]) -> tuple[SchemaField, ...]:
    """Every field of each member: the largest member's order, then the others' extra fields;
    the widest text format where they differ (`_TEXT`), nullable where any says so; required
    only where every member holding it requires it, and enum values only where each has some
    (of the members sent in a request where any is: the request's say)."""
    ordered = sorted(members, key=lambda s: (-len(s.fields), s.name))
    by_name: dict[str, list[tuple[SchemaField, Schema]]] = {}
    for schema in ordered:
        for f in schema.fields:
            by_name.setdefault(f.name, []).append((f, schema))
    out = []
    for found_all in by_name.values():
        first = found_all[0]
        # A class sent in a request keeps what its request schemas say of its fields: a field
        # they lack (one only answered) is never required.
        sent = [f for f, s in found_all if s.name in strict]
        found = sent or [f for f, _ in found_all]
        required = tuple(v for v in found[0].required if all(v in f.required for f in found))
        if not sent and any(s.name in strict for s in members):
            required = ()
        enums = [f.enum for f in found]
        enum: tuple[object, ...] = ()
        if all(enums):
            merged: list[object] = []
            for values in enums:
                merged += [v for v in values if v not in merged]
            enum = tuple(merged)
        out.append(
            replace(
                first[0],
                type=_widest([f.type for f, _ in found_all]),
                required=required,
                nullable=any(f.nullable for f, _ in found_all),
                enum=enum,  # type: ignore[arg-type]
            )
        )
    return tuple(out)


def _free_form(first: str, second: str, schemas: Mapping[str, Schema]) -> bool:
    """One of two types is a free-form object (`object`), the other an object schema."""
    return {first, second} & {"object"} != set() and (first in schemas or second in schemas)


def _widest(types: list[str]) -> str:
    """The first of `types`, widened where the others differ at a place: a text format to the
    widest of them (`_TEXT`), an object schema to a free-form `object` where one says so (the
    other schemas they refer to are one class by then)."""
    shapes = {_NAME.sub("", t) for t in types}
    names = [_NAME.findall(t) for t in types]
    if len(shapes) > 1 or len({len(n) for n in names}) > 1:
        return types[0]
    widest = iter(
        max(found, key=_TEXT.index)
        if set(found) <= set(_TEXT)
        else "object"
        if "object" in found
        else found[0]
        for found in zip(*names, strict=True)
    )
    return _NAME.sub(lambda _: next(widest), types[0])


@dataclass(frozen=True)
class Consolidated:
    api: ApiDescription  # schemas under their keys (unique across versions), operations renamed
    public: dict[str, tuple[str, str]]  # key -> (version, public name)
    identities: dict[str, dict[str, tuple[Identity, ...]]]  # version -> public name -> ids


def consolidate(
    api: ApiDescription, roots: Mapping[str, Node], lock: NamesLock, reserved: frozenset[str]
) -> Consolidated:
    """The API with its schemas folded into named classes. A class's key is its public name,
    with the version in front (`V3Product`) where that would clash with a hand-written model's
    names (`reserved`: classes and request TypedDicts) or the other version's name; the key names
    the generated module, the class is named for its public name (`codegen/build_areas.py`)."""
    schemas = {s.name: s for s in api.schemas}
    strict = _closure({r for op in api.operations if op.body for r in _refs(op.body.type)}, schemas)
    classes = _Classes(schemas, strict)
    classes.refine({})
    uses = _uses(roots)
    # Rule 2: the results of one collection, merged where they agree.
    parent = {label: label for label in set(classes.label.values())}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def same(first: str, second: str) -> bool:
        return find(classes.label[first]) == find(classes.label[second])

    agreement = _Agreement(schemas, same)

    def join(pairs: Iterable[tuple[str, str]]) -> None:
        for one, another in pairs:
            a, b = find(classes.label[one]), find(classes.label[another])
            if a != b:
                parent[a] = b

    results = [_results(node_uses, schemas) for node_uses in uses.values()]
    for names in results:
        for i, name in enumerate(names):
            for other in names[:i]:
                join(agreement.pairs(name, other) or ())
    # Rule 2, copies: an answered object several documents define (`productModifier_Full` in
    # the products and the modifiers documents) is one class where the copies agree.
    answered = _closure({name for names in results for name in names}, schemas)
    copies: dict[tuple[str, str], list[str]] = {}
    for name, schema in sorted(schemas.items()):
        # a request's copies are left as written; so are errors and paging (not objects)
        if _COMPONENT in schema.source and name in answered and name not in strict:
            identity = (schema_version(schema), schema_identity(schema.source))
            copies.setdefault(identity, []).append(name)
    for names in copies.values():
        for i, name in enumerate(names):
            for other in names[:i]:
                found = agreement.pairs(name, other) or set()
                # copies all the way down, or another object's class would join
                if all(_copies(schemas[one], schemas[another]) for one, another in found):
                    join(found)
    group_of = {name: find(classes.label[name]) for name in schemas}
    sizes: dict[int, set[int]] = {}
    for name, group in group_of.items():
        sizes.setdefault(group, set()).add(classes.label[name])
    classes.refine({n: g for n, g in group_of.items() if len(sizes[g]) > 1})
    members = classes.members()
    namer = _Namer(api, schemas, members, classes.label, uses, strict, roots)
    public = namer.names(lock)
    versions = {label: namer.version(label) for label in members}
    keys = _keys(public, versions, reserved)
    rename = {name: keys[classes.label[name]] for name in schemas}
    folded: list[Schema] = []
    for label, names in sorted(members.items(), key=lambda kv: keys[kv[0]]):
        parts = [schemas[n] for n in names]
        fields = _merged_fields(parts, strict)
        fields = tuple(replace(f, type=_renamed(f.type, rename) or f.type) for f in fields)
        first = parts[0]
        folded.append(Schema(keys[label], fields, first.source, all(p.open for p in parts)))
    operations = tuple(_rename_op(op, rename) for op in api.operations)
    identities: dict[str, dict[str, tuple[Identity, ...]]] = {}
    for label, ids in namer.identities().items():
        identities.setdefault(namer.version(label), {})[public[label]] = tuple(sorted(ids))
    return Consolidated(
        replace(api, operations=operations, schemas=tuple(folded)),
        {keys[label]: (versions[label], public[label]) for label in members},
        identities,
    )


def _keys(
    public: Mapping[int, str], versions: Mapping[int, str], reserved: frozenset[str]
) -> dict[int, str]:
    taken = {t for name in reserved for t in model_type_names(name)}
    by_name: dict[str, set[str]] = {}
    for label, name in public.items():
        by_name.setdefault(name, set()).add(versions[label])
    keys: dict[int, str] = {}
    for label in sorted(public, key=lambda lb: (len(public[lb]), public[lb], versions[lb])):
        name = public[label]
        prefixed = versioned_model_name(versions[label].upper(), name)
        tries = [prefixed, prefixed + "Body", prefixed + "Model"]
        if len(by_name[name]) == 1:
            tries.insert(0, name)
        key = next((k for k in tries if not model_type_names(k) & taken), tries[-1])
        keys[label] = key
        taken |= model_type_names(key)
    return keys


def _closure(names: set[str], schemas: Mapping[str, Schema]) -> set[str]:
    todo, seen = sorted(names), set()
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        for f in schemas[name].fields:
            todo.extend(_refs(f.type))
    return seen


def _uses(roots: Mapping[str, Node]) -> dict[tuple[str, str], list[_Use]]:
    """(version, node key) -> the calls of the node."""
    out: dict[tuple[str, str], list[_Use]] = {}
    for _, root in sorted(roots.items()):
        for node in _walk(root):
            for verb, entry in sorted(node.verbs.items()):
                out.setdefault((node.version, node.key), []).append(
                    _Use(node, verb, entry.operation)
                )
    return out


def _renamed(text: str | None, rename: Mapping[str, str]) -> str | None:
    if text is None:
        return None
    return _NAME.sub(lambda m: rename.get(m.group(0), m.group(0)), text)


def _rename_op(op: Operation, rename: Mapping[str, str]) -> Operation:
    params = tuple(replace(p, type=_renamed(p.type, rename) or p.type) for p in op.params)
    body = op.body
    if body is not None:
        body = replace(body, type=_renamed(body.type, rename) or body.type)
    responses = tuple(
        replace(r, type=_renamed(r.type, rename), data_type=_renamed(r.data_type, rename))
        for r in op.responses
    )
    return replace(op, params=params, body=body, responses=responses)


class _Namer:
    """Public names of the classes: the lock's, else the rule's (see `naming.py`)."""

    def __init__(
        self,
        api: ApiDescription,
        schemas: Mapping[str, Schema],
        members: Mapping[int, list[str]],
        label: Mapping[str, int],
        uses: Mapping[tuple[str, str], list[_Use]],
        strict: set[str],
        roots: Mapping[str, Node],
    ) -> None:
        self.roots = roots
        self.schemas = schemas
        self.strict = strict
        # What any operation answers, the ones the old client serves too: an answer is named
        # before a schema only sent or only a part of others.
        answers = {_item(_result_type(op)) for op in api.operations}
        # A class only sent (every schema of it in a request) is not named as an answer.
        sent = {lb for lb, names in members.items() if all(n in strict for n in names)}
        self.answered = {label[n] for n in answers if n is not None and n in label} - sent
        self.members = members
        self.label = label
        self.results: dict[int, list[Node]] = {}
        self.bodies: dict[int, list[_Use]] = {}
        for node_uses in uses.values():
            for use in node_uses:
                node = use.node
                result = _item(_result_type(use.op))
                answered = result is not None and result in label and label[result] not in sent
                if use.verb in RESULT_VERBS and result is not None and answered:
                    self.results.setdefault(label[result], []).append(node)
                body = _item(use.op.body.type) if use.op.body else None
                if body is not None and body in label:
                    self.bodies.setdefault(label[body], []).append(use)
        self.parents: dict[int, list[tuple[int, str]]] = {}
        for name, schema in sorted(schemas.items()):
            for f in schema.fields:
                for ref in _refs(f.type):
                    if ref in label and label[ref] != label[name]:
                        item = f.type.startswith("list[")
                        entry = (label[name], f.name + (" item" if item else ""))
                        self.parents.setdefault(label[ref], []).append(entry)

    def identities(self) -> dict[int, set[Identity]]:
        """What each class is known by in the names lock: its schemas' identities; one that
        several classes share (a component name in two documents) is qualified by its file, and
        one whose copies are folded into one class is known both ways (the lock may hold the
        qualified names from before they were folded)."""
        plain = {
            label: {n: schema_identity(self.schemas[n].source) for n in names}
            for label, names in self.members.items()
        }
        owners: dict[Identity, set[int]] = {}
        copies: dict[Identity, int] = {}
        for label, found in plain.items():
            for identity in found.values():
                owners.setdefault(identity, set()).add(label)
                copies[identity] = copies.get(identity, 0) + 1
        out: dict[int, set[Identity]] = {}
        for label, found in plain.items():
            known = out.setdefault(label, set())
            for n, identity in found.items():
                qualified = self.schemas[n].source.split("#")[0] + "#" + identity
                if len(owners[identity]) > 1:
                    known.add(qualified)
                elif copies[identity] > 1:  # copies folded into one class: known by each too
                    known |= {identity, qualified}
                else:
                    known.add(identity)
        return out

    def version(self, label: int) -> str:
        return schema_version(self.schemas[self.members[label][0]])

    def _object(self, node: Node) -> str:
        """The object a collection holds (`naming.node_object_name`)."""
        fixed = [s for s in node.key.split("/") if s and s != "{}"]
        root = self.roots.get(node.version)
        area = root.children.get(attribute(fixed[0])) if root and fixed else None
        is_object = area is not None and bool({"all", "get"} & area.verbs.keys())
        return node_object_name(node.key, is_object)

    def _priority(self, label: int) -> tuple[int, int, int]:
        """Who is named first: the object a collection holds when a component has its name
        (`productVariant_Full` for `products/{}/variants`), other results, what another call
        answers (one the old client serves), bodies, the rest; in each, a schema whose name says
        it is answered (`banner_Full`) before one whose name says it is sent or a base."""
        nodes = self.results.get(label, ())
        if nodes and {self._object(n) for n in nodes} & set(self._components(label)):
            tier = 0
        elif nodes:
            tier = 1
        elif label in self.answered:
            tier = 2
        else:
            tier = 3 if label in self.bodies else 4
        side = self._side_words(label)
        return (tier, 0 if side == ["Response"] else 1 if not side else 2, label)

    def _side_words(self, label: int) -> list[str]:
        """The words telling this class apart by its side (`naming.side_words`): from the words
        its component's name drops, or from where an inline schema is (a request body or an
        answer)."""
        found: list[str] = []
        for name in self.members[label]:
            pointer = self.schemas[name].source.split("#", 1)[-1].split("/")
            if pointer[1:3] == ["components", "schemas"] and len(pointer) >= 4:
                found += dropped_words(pointer[3])
            elif pointer[1:3] == ["components", "responses"] or "responses" in pointer[3:5]:
                found.append("response")
            elif pointer[1:3] == ["components", "requestBodies"] or "requestBody" in pointer[3:5]:
                found.append("request")
        return side_words(found, any(n in self.strict for n in self.members[label]))

    def _qualified(self, label: int, base: str) -> list[str]:
        """`base` told apart by what differs, best first: its side (`ProductInput`,
        `BannerResponse`), its collection's area (`CustomerMetafield`), the subject of its
        document (`StorefrontTokenChannel`), both; for the document's deeper copies of a schema
        (`AndItemMatcher2`), `Nested`, `Inner`."""
        side = [base + word for word in self._side_words(label)]
        out = list(side)
        first = self.members[label][0]
        pointer = self.schemas[first].source.split("#", 1)[-1].split("/")
        if pointer[1:3] == ["components", "schemas"] and _COPY.search(pointer[-1]):
            out += [base + word for word in NESTING_WORDS]
        nodes = [n.key for n in self.results.get(label, ())]
        nodes += [u.node.key for u in self.bodies.get(label, ())]
        for key in sorted(set(nodes)):
            out += [area_object_name(key, name) for name in [base, *side]]
        subject = document_subject(self.schemas[first].source.split("#", 1)[0])
        out += [subject_name(subject, name) for name in [base, *side]]
        return out

    def _components(self, label: int) -> list[str]:
        out = []
        for name in self.members[label]:
            pointer = self.schemas[name].source.split("#", 1)[-1].split("/")
            if pointer[1:3] == ["components", "schemas"] and len(pointer) == 4:
                out.append(cleaned_schema_name(pointer[3]))
        return sorted(set(out), key=lambda n: (len(n), n))

    def _rule(self, label: int, named: Mapping[int, str]) -> list[str]:
        """Candidate names by the rule, best first (None: wait for a parent's name)."""
        components = self._components(label)
        nodes = sorted(self.results.get(label, ()), key=lambda n: n.key)
        if nodes:
            own = [self._object(nodes[0])]
            return components + own + [area_object_name(nodes[0].key, c) for c in components]
        bodies = sorted(self.bodies.get(label, ()), key=lambda u: (u.node.key, u.verb))
        if bodies:
            use = bodies[0]
            item = bool(use.op.body and use.op.body.type.startswith("list["))
            nodes_used = {u.node.key for u in bodies}
            if len(nodes_used) > 1 and components:
                return [body_model_name(components[0], use.verb, item)]
            return [body_model_name(self._object(use.node), use.verb, item)]
        if components:
            return components
        for parent, field in self.parents.get(label, ()):
            if parent in named:
                return [nested_model_name(named[parent], field)]
        return []

    def names(self, lock: NamesLock) -> dict[int, str]:
        named: dict[int, str] = {}
        by_version: dict[str, set[str]] = {}
        ids = self.identities()
        # The lock first: each locked name to the class holding most of its identities.
        claims: list[tuple[tuple[int, int], str, int]] = []
        for label in sorted(self.members):
            version = self.version(label)
            for name, rank in lock.model_claims(version, ids[label]).items():
                claims.append((rank, name, label))
        for _, name, label in sorted(claims):
            taken = by_version.setdefault(self.version(label), set())
            if label in named or name in taken:
                continue
            named[label] = name
            taken.add(name)
        pending = sorted((lb for lb in self.members if lb not in named), key=self._priority)
        while pending:
            progress = []
            for label in pending:
                candidates = self._rule(label, named)
                if not candidates:
                    continue
                version = self.version(label)
                taken = by_version.setdefault(version, set())
                reserved = lock.names(version)
                name = self._free(candidates, label, taken | reserved)
                named[label] = name
                taken.add(name)
                progress.append(label)
            if not progress:  # no parent named: fall back on the reader's name
                label = pending[0]
                version = self.version(label)
                taken = by_version.setdefault(version, set())
                first = self.members[label][0]
                name = self._free([cleaned_schema_name(first)], label, taken | lock.names(version))
                named[label] = name
                taken.add(name)
                progress.append(label)
            pending = [label for label in pending if label not in progress]
        return named

    def _free(self, candidates: list[str], label: int, taken: set[str]) -> str:
        """The first free name of `candidates`, else one told apart by what differs
        (`_qualified`), else by a field that holds it, else `Alt`... (`last_resort_name`)."""
        fitted = [unstuttered(fitted_name(c)) for c in candidates]
        tries = list(fitted)
        for base in dict.fromkeys(fitted):
            tries += self._qualified(label, base)
        for _, field in self.parents.get(label, ()):
            tries += [nested_model_name(base, field) for base in fitted]
        for name in tries:
            name = unstuttered(fitted_name(name))
            if name not in taken:
                return name
        return last_resort_name(fitted[0], taken)

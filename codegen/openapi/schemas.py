"""Schema normalisation: OpenAPI schema objects -> types and object schemas with merged fields.

Types (see `model.py` for the type strings):

- `integer` -> `int`; `number` -> `float` (`float`/`double` formats included; `decimal` ->
  `decimal`); `boolean` -> `bool`; `string` -> `str`, except the formats `date-time` ->
  `datetime`, `date` -> `date`, `binary` -> `bytes`, `decimal` -> `decimal` (money as text). Any
  other format is a `str`: `uuid`, `email`, `ISO-4217`, and also `double`, `number` and `int32`,
  which the documents put on string ids (a cart item id, a discount id) that must stay text.
- `array` -> `list[T]` (`list[any]` without `items`); the list is read-only when its items are
  (a list of read-only links is never sent).
- An object with at least one property (its own or from `allOf` parts) -> an object schema; an
  object without properties (a free-form map through `additionalProperties`, or nothing) ->
  `object`. A schema with no type, no properties and no enum -> `any`; an enum without a type
  takes the type of its values.
- `allOf`: the parts are merged, in order, then the schema's own `properties`: a later definition
  of a property with a type replaces the type of an earlier one and decides whether it is
  read-only (a draft redefining a read-only field of its base makes it writable); a definition
  without a type changes neither. `nullable` and requirements accumulate; entries holding only
  `required` add their names. An `allOf` with one part and nothing else is that part, under the
  part's name. Without properties, the parts' first definite type is taken, read-only when any
  part is.
- `oneOf` / `anyOf`: alternatives that only add constraints (`required` alone) are ignored; one
  alternative left is that alternative; all objects -> one object schema with the union of their
  fields (a property in several alternatives gets a type accepting each: `unify`), read-only only
  when every alternative holding it says so, required for a verb only when every alternative
  holds it and requires it for that verb; all arrays -> `list` of the union of their items; all
  scalars -> the widest number type or, when they differ otherwise, `any` (read-only when all
  are); anything mixed -> `any`. A discriminator changes nothing: the union of fields already
  holds the discriminating property.
- `nullable: true` / `x-nullable: true`, or `null` among enum values -> `nullable` (on a list's
  items it says nothing about the list). `readOnly` -> `read_only`. A name in `required` ->
  required on `create` and `update` (the schema says so wherever it is a body: a `PUT` body's
  required fields, a batch item's `id`), unless the property names its verbs with `x-required:
  [post, put]` (`post` -> `create`, `put` -> `update`). A read-only field keeps its requirement
  here; the spec writer drops it except on a batch item's `id`, the one read-only field sent.
- `minimum`, `maximum`, `minLength`, `maxLength`, `maxItems`, `default` and `deprecated` ->
  `limits`, where their values are short scalars (`patterns.number_problem`, `default_problem`;
  anything else is left out, never an error); along a chain of references and `allOf` parts the
  statement nearest the use wins; of `oneOf` alternatives only what all say alike is kept. They
  never count when schemas are compared (below).
- Enum values keep their YAML types (strings, integers, booleans); on a list they describe items.
- Flags on a `$ref` (and along a chain of them) apply where the reference is used.

Names of object schemas, made once every document has been read (`schema_names`):

1. Component schemas: the component name in PascalCase - split on anything not a letter or digit,
   capitalise each piece's first letter, join (`metaEmpty_Full` -> `MetaEmptyFull`, `new-model`
   -> `NewModel`); leading digits move behind the first word (`301RedirectRead` ->
   `Redirect301Read`); `None`/`True`/`False` get a trailing `_`. When two components of one
   document meet on the same name, the first in sorted order of their original names keeps it and
   the other joins its pieces with `_` instead (`metaEmptyFull` -> `MetaEmptyFull`,
   `metaEmpty_Full` -> `MetaEmpty_Full`); a number is appended if that is taken too.
2. Inline object schemas are named from where they are defined: a property -> parent name +
   PascalCase property name (`ProductFull` + `custom_url` -> `ProductFullCustomUrl`); array items
   -> + `Item`; `allOf`/`oneOf`/`anyOf` positions add nothing. The parent of a top-level inline
   schema is: the operation (`PascalCase(operationId)` + `Request` for a request body, + `Response`
   for its lowest 2xx response, + `Response<status>` for any other), a component response
   (its name + `Response` unless it already ends so), a component request body (+ `Request`
   likewise), a component parameter (its name) or an operation parameter (operation + parameter
   name). Clashes with a name already taken in the document get `2`, `3`, ... (in sorted order of
   the definitions' JSON pointers).
3. Across documents: schemas with the same name collapse to one when their definitions are
   structurally identical: same field names, types, flags, requirements, enums and openness, and
   the schemas their fields refer to identical in turn, whatever those are called (an inline
   `links` object equals a `links_Full` component with the same fields); property order and prose
   do not count. The collapsed schema is the definition in the first file, sorted. Otherwise each
   distinct definition is renamed `<FilePrefix><Name>`, the prefix being the PascalCase file name
   without its `.yml`/`.yaml` (and `.oas2`) extension - the whole relative path when two files
   share a base name - taken from the first file (sorted) holding that definition
   (`customers.v3.yml` -> `CustomersV3ErrorFull`); a number is appended if that name is taken.

A component that is only a reference, a one-part `allOf`, a scalar or an array is no schema: where
it is used it stands for its type. The schema table holds every object schema with fields that an
operation uses or a management document defines as a component (webhook payloads included).

No `description`, `summary`, `title` or example is ever read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeGuard

from .. import patterns
from ..spec_loader import SpecError
from .model import Limits, Scalar, Schema, SchemaField
from .resolve import Pointer, RefError, Resolver, format_pointer
from .schema_ir import (
    FieldIR,
    ListOf,
    Ref,
    RequiredFor,
    SiteIR,
    SiteKey,
    TypeInfo,
    TypeIR,
    merge_enums,
    refs_in,
    unify,
)
from .schema_names import local_names, unique_names

_STRUCTURE = frozenset(
    {
        "$ref",
        "type",
        "properties",
        "items",
        "enum",
        "additionalProperties",
        "allOf",
        "oneOf",
        "anyOf",
    }
)
_STRING_FORMATS = {
    "date-time": "datetime",
    "date": "date",
    "binary": "bytes",
    "decimal": "decimal",
}
_SCALAR_TYPES = frozenset({"string", "integer", "number", "boolean"})
_VERBS: dict[str, RequiredFor] = {"post": "create", "put": "update"}
_VERB_ORDER: tuple[RequiredFor, ...] = ("create", "update")
Node = tuple[Any, Pointer]


def is_map(value: object) -> TypeGuard[Mapping[str, Any]]:
    return isinstance(value, Mapping)


def _properties(node: Mapping[str, Any]) -> Mapping[str, Any]:
    props = node.get("properties")
    return props if is_map(props) else {}


def _strings(value: object) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _scalar_type(type_: str, format_: object) -> str:
    fmt = format_.lower() if isinstance(format_, str) else ""
    if type_ == "integer":
        return "int"
    if type_ == "number":
        return "decimal" if fmt == "decimal" else "float"
    if type_ == "boolean":
        return "bool"
    if type_ == "string":
        return _STRING_FORMATS.get(fmt, "str")
    return "any"


def _enum(node: Mapping[str, Any]) -> tuple[tuple[Scalar, ...], bool]:
    """The enum's values without `null`, and whether `null` was one of them."""
    values = node.get("enum")
    if not isinstance(values, list):
        return (), False
    scalars = tuple(v for v in values if isinstance(v, str | int | float | bool))
    return merge_enums((), scalars), any(v is None for v in values)


def _constraint_required(entries: object) -> list[str]:
    """The names that entries of an `allOf` holding nothing but constraints (`required` alone,
    no structure) require."""
    if not isinstance(entries, list):
        return []
    return [
        name
        for entry in entries
        if is_map(entry) and not _STRUCTURE & entry.keys()
        for name in _strings(entry.get("required"))
    ]


def _enum_type(values: Sequence[Scalar]) -> str:
    if all(isinstance(v, bool) for v in values):
        return "bool"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "int"
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return "float"
    if all(isinstance(v, str) for v in values):
        return "str"
    return "any"


_BOUNDS = {"minimum": "minimum", "maximum": "maximum"}
_COUNTS = {"minLength": "min_length", "maxLength": "max_length", "maxItems": "max_items"}


def _limits(node: object) -> Limits:
    """The bounds, default and deprecation one schema node states. A value that is not a short
    scalar (`patterns.number_problem`, `default_problem`) is left out: the docs do without it."""
    if not is_map(node):
        return Limits()
    found: dict[str, Any] = {}
    for key, name in (*_BOUNDS.items(), *_COUNTS.items()):
        value = node.get(key)
        if value is not None and patterns.number_problem(value, count=key in _COUNTS) is None:
            found[name] = value
    default = node.get("default")
    if default is not None and patterns.default_problem(default) is None:
        found["default"] = tuple(default) if isinstance(default, list) else default
    return Limits(**found, deprecated=node.get("deprecated") is True)


def _hop_flags(hops: Iterable[Node]) -> tuple[bool, bool]:
    """(nullable, read_only) as stated anywhere along a chain of references."""
    nullable = read_only = False
    for node, _ in hops:
        if is_map(node):
            nullable |= node.get("nullable") is True or node.get("x-nullable") is True
            read_only |= node.get("readOnly") is True
    return nullable, read_only


@dataclass
class _Shape:
    """The fields of an object schema while its parts are merged. A field's `required` holds the
    verbs it is required for so far; `required` (the set) the names a `required` list states."""

    fields: dict[str, FieldIR] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    union_only: set[str] = field(default_factory=set)
    open: bool = True

    def merge_all(self, other: _Shape) -> None:
        """`allOf`: both apply; a later type replaces an earlier one."""
        for item in other.fields.values():
            self.add(item)
        self.required |= other.required
        self.union_only |= other.union_only
        self.open = self.open and other.open

    def add(self, new: FieldIR) -> None:
        """A definition of a field, after any earlier one: a later definition with a type decides
        the type and whether the field is read-only (a part that redefines a read-only `id` of a
        base as a plain integer makes it writable); flags it does not state accumulate."""
        old = self.fields.get(new.name)
        if old is None:
            self.fields[new.name] = new
            return
        typed = new.type != "any"
        self.fields[new.name] = FieldIR(
            new.name,
            new.type if typed else old.type,
            new.read_only or (old.read_only and not typed),
            tuple(r for r in _VERB_ORDER if r in old.required + new.required),
            old.nullable or new.nullable,
            new.enum or old.enum,
            old.verbs_stated or new.verbs_stated,
            new.limits.over(old.limits),
        )

    @classmethod
    def union(cls, alternatives: Sequence[_Shape]) -> _Shape:
        """`oneOf`/`anyOf`: either applies. A field's type accepts each alternative's type; it is
        read-only when every alternative holding it says so, and required for a verb only when
        every alternative holds it and requires it for that verb."""
        shape = cls()
        finished = [{f.name: f for f in alt.finish()} for alt in alternatives]
        for fields in finished:
            for new in fields.values():
                old = shape.fields.get(new.name)
                if old is None:
                    shape.fields[new.name] = new
                    continue
                both_enums = bool(old.enum) and bool(new.enum)
                shape.fields[new.name] = FieldIR(
                    new.name,
                    unify(old.type, new.type),
                    old.read_only and new.read_only,
                    old.required,
                    old.nullable or new.nullable,
                    merge_enums(old.enum, new.enum) if both_enums else (),
                    old.verbs_stated or new.verbs_stated,
                    old.limits.common(new.limits),
                )
        for name, item in shape.fields.items():
            verbs = [
                verb
                for verb in _VERB_ORDER
                if all(name in alt and verb in alt[name].required for alt in finished)
            ]
            shape.fields[name] = replace(item, required=tuple(verbs))
        return shape

    def add_optional(self, union: _Shape) -> None:
        """The fields of a union beside the schema's own properties (own definitions win)."""
        for new in union.fields.values():
            if new.name not in self.fields:
                self.fields[new.name] = new
                self.union_only.add(new.name)

    def finish(self) -> tuple[FieldIR, ...]:
        """The fields with their requirements settled: a name in a `required` list is required
        for both verbs (the schema's own statement, wherever it is a body), unless the property
        names its verbs with `x-required` or only a union beside the properties defines it. A
        read-only field keeps its requirements here; the spec writer decides whether it is sent
        at all."""
        fields = []
        for item in self.fields.values():
            required = set(item.required)
            stated = item.verbs_stated or item.name in self.union_only
            if item.name in self.required and not stated:
                required.update(_VERB_ORDER)
            verbs = tuple(r for r in _VERB_ORDER if r in required)
            fields.append(replace(item, required=verbs))
        return tuple(fields)


@dataclass(frozen=True)
class _Job:
    reader: DocumentSchemas
    node: Any
    alternatives: tuple[Node, ...] | None  # a union of object schemas


class SchemaGraph:
    """The object schemas of every document read so far, known by where they are defined."""

    def __init__(self) -> None:
        self.sites: dict[SiteKey, SiteIR] = {}
        self.readers: dict[str, DocumentSchemas] = {}
        self._pending: dict[SiteKey, _Job] = {}

    def document(self, file: str, resolver: Resolver) -> DocumentSchemas:
        reader = DocumentSchemas(self, file, resolver)
        self.readers[file] = reader
        return reader

    def register(self, key: SiteKey, job: _Job) -> Ref:
        if key not in self.sites and key not in self._pending:
            self._pending[key] = job
        return Ref(key)

    def complete(self) -> None:
        """Work out the fields of every object schema found so far (and of those they use)."""
        while self._pending:
            key = next(iter(self._pending))
            job = self._pending[key]
            self.sites[key] = SiteIR(key, (), True)  # a placeholder: references to itself stay
            fields, open_ = job.reader.build_fields(key[1], job.node, job.alternatives)
            self.sites[key] = SiteIR(key, fields, open_)
            del self._pending[key]

    def clean(self, type_: TypeIR) -> TypeIR:
        """`type_` with references to field-less object schemas made `object`."""
        if isinstance(type_, Ref):
            site = self.sites.get(type_.key)
            return type_ if site is not None and site.fields else "object"
        if isinstance(type_, ListOf):
            return ListOf(self.clean(type_.item))
        return type_

    def fields_of(self, type_: TypeIR) -> tuple[FieldIR, ...] | None:
        """The fields of an object schema type (None for any other type)."""
        if isinstance(type_, Ref) and type_.key in self.sites:
            return tuple(replace(f, type=self.clean(f.type)) for f in self.sites[type_.key].fields)
        return None

    def table(self, roots: Iterable[TypeIR]) -> SchemaTable:
        """Name every object schema reachable from `roots` and build the schema table."""
        self.complete()
        reachable: dict[SiteKey, SiteIR] = {}
        stack = [key for root in roots for key in refs_in(self.clean(root))]
        while stack:
            key = stack.pop()
            if key in reachable:
                continue
            site = self.sites[key]
            cleaned = tuple(replace(f, type=self.clean(f.type)) for f in site.fields)
            reachable[key] = SiteIR(key, cleaned, site.open)
            stack.extend(k for f in cleaned for k in refs_in(f.type))
        by_file: dict[str, list[Pointer]] = {}
        for file, pointer in reachable:
            by_file.setdefault(file, []).append(pointer)
        local: dict[SiteKey, str] = {}
        for file, pointers in sorted(by_file.items()):
            in_file = local_names(self.readers[file].resolver, pointers)
            local.update({(file, pointer): name for pointer, name in in_file.items()})
        names = unique_names(reachable, local)
        return SchemaTable(self, names, _schemas(reachable, names, self))


@dataclass(frozen=True)
class SchemaTable:
    """Final names of the object schemas, and the schemas themselves sorted by name."""

    graph: SchemaGraph
    names: Mapping[SiteKey, str]
    schemas: tuple[Schema, ...]

    def render(self, type_: TypeIR) -> str:
        """The type string of `type_`."""
        type_ = self.graph.clean(type_)
        if isinstance(type_, Ref):
            return self.names[type_.key]
        if isinstance(type_, ListOf):
            return f"list[{self.render(type_.item)}]"
        return type_


def _schemas(
    sites: Mapping[SiteKey, SiteIR], names: Mapping[SiteKey, str], graph: SchemaGraph
) -> tuple[Schema, ...]:
    first: dict[str, SiteKey] = {}
    for key in sorted(sites):
        first.setdefault(names[key], key)
    table = SchemaTable(graph, names, ())
    schemas = []
    for name, key in sorted(first.items()):
        site = sites[key]
        fields = tuple(
            SchemaField(
                f.name, table.render(f.type), f.read_only, f.required, f.nullable, f.enum, f.limits
            )
            for f in site.fields
        )
        schemas.append(Schema(name, fields, key[0] + format_pointer(key[1]), site.open))
    return tuple(schemas)


class DocumentSchemas:
    """Normalises the schemas of one document into types, registering its object schemas."""

    def __init__(self, graph: SchemaGraph, file: str, resolver: Resolver) -> None:
        self.graph = graph
        self.file = file
        self.resolver = resolver

    # -- types ---------------------------------------------------------------------------------

    def type_of(self, node: Any, pointer: Pointer) -> TypeInfo:
        """The type of the schema `node`, found at `pointer` (a reference is followed)."""
        try:
            hops = self.resolver.chain(node, pointer)
        except RefError:
            return TypeInfo("any")
        nullable, read_only = _hop_flags(hops)
        target, where = hops[-1]
        info = self._info(target, where) if is_map(target) else TypeInfo("any")
        nullable |= info.nullable
        read_only |= info.read_only
        limits = info.limits
        for hop, _ in reversed(hops):
            limits = _limits(hop).over(limits)  # the use site's statement wins
        return replace(info, nullable=nullable, read_only=read_only, limits=limits)

    def component_types(self) -> list[TypeIR]:
        """The types of the document's component schemas (registering the object schemas)."""
        components = self.resolver.document.get("components")
        schemas = components.get("schemas") if is_map(components) else None
        if not is_map(schemas):
            return []
        pointer = ("components", "schemas")
        return [self.type_of(node, (*pointer, str(name))).type for name, node in schemas.items()]

    def _info(self, node: Mapping[str, Any], pointer: Pointer) -> TypeInfo:
        enum, enum_null = _enum(node)
        for value in enum:
            problem = patterns.enum_problem(value)
            if problem is not None:
                raise SpecError(self.file, format_pointer((*pointer, "enum")), problem)
        props = _properties(node)
        alternatives = self._alternatives(node, pointer)
        if isinstance(node.get("allOf"), list):
            parts = self._parts(node, "allOf", pointer)
            alias = not props and not node.get("required") and not alternatives
            if alias and len(parts) == 1 and not _constraint_required(node.get("allOf")):
                return self.type_of(*parts[0])
            if self._has_properties(node, pointer, frozenset()):
                return TypeInfo(self._site(pointer, node))
            if parts:
                return self._intersection(parts)
        if alternatives:
            if props:
                return TypeInfo(self._site(pointer, node))
            if len(alternatives) == 1:
                return self.type_of(*alternatives[0])
            return self._union(alternatives, pointer)
        type_ = node.get("type")
        if type_ == "array" or (type_ is None and "items" in node):
            items = node.get("items")
            item = self.type_of(items, (*pointer, "items")) if is_map(items) else TypeInfo("any")
            return TypeInfo(ListOf(item.type), item.enum, read_only=item.read_only)
        if type_ == "object" or (type_ is None and (props or "additionalProperties" in node)):
            return TypeInfo(self._site(pointer, node) if props else "object")
        if isinstance(type_, str):
            return TypeInfo(_scalar_type(type_, node.get("format")), enum, enum_null)
        if enum:
            return TypeInfo(_enum_type(enum), enum, enum_null)
        return TypeInfo("any", nullable=enum_null)

    def _intersection(self, parts: Sequence[Node]) -> TypeInfo:
        """`allOf` of parts without properties: the first definite type, the first enum."""
        infos = [self.type_of(*part) for part in parts]
        type_: TypeIR = next((i.type for i in infos if i.type != "any"), "any")
        enum = next((i.enum for i in infos if i.enum), ())
        limits = Limits()
        for info in infos:
            limits = info.limits.over(limits)  # a later part wins, like a later type
        return TypeInfo(
            type_, enum, any(i.nullable for i in infos), any(i.read_only for i in infos), limits
        )

    def _union(self, alternatives: Sequence[Node], pointer: Pointer) -> TypeInfo:
        kinds = {self._kind(*alt, frozenset()) for alt in alternatives}
        if kinds == {"object"}:
            if any(self._has_properties(*alt, frozenset()) for alt in alternatives):
                return TypeInfo(self._site(pointer, None, tuple(alternatives)))
            return TypeInfo("object")
        if kinds == {"list"}:
            items: list[Node] = []
            for alt in alternatives:
                node, where = self._follow(*alt)
                if not is_map(node) or not is_map(node.get("items")):
                    return TypeInfo(ListOf("any"))
                items.append((node["items"], (*where, "items")))
            item = self._union(items, (*pointer, "items"))
            return TypeInfo(ListOf(item.type), item.enum, read_only=item.read_only)
        if kinds == {"scalar"}:
            infos = [self.type_of(*alt) for alt in alternatives]
            type_ = infos[0].type
            for info in infos[1:]:
                type_ = unify(type_, info.type)
            enum: tuple[Scalar, ...] = ()
            if all(info.enum for info in infos):
                for info in infos:
                    enum = merge_enums(enum, info.enum)
            nullable = any(info.nullable for info in infos)
            return TypeInfo(type_, enum, nullable, all(info.read_only for info in infos))
        return TypeInfo("any")

    # -- structure -----------------------------------------------------------------------------

    def _follow(self, node: Any, pointer: Pointer) -> Node:
        try:
            return self.resolver.follow(node, pointer)
        except RefError:
            return {}, pointer

    def _parts(self, node: Mapping[str, Any], key: str, pointer: Pointer) -> list[Node]:
        """The entries of `allOf`/`oneOf`/`anyOf` that say something about structure."""
        entries = node.get(key)
        if not isinstance(entries, list):
            return []
        return [
            (entry, (*pointer, key, str(index)))
            for index, entry in enumerate(entries)
            if is_map(entry) and _STRUCTURE & entry.keys()
        ]

    def _alternatives(self, node: Mapping[str, Any], pointer: Pointer) -> list[Node]:
        key = "oneOf" if isinstance(node.get("oneOf"), list) else "anyOf"
        return self._parts(node, key, pointer)

    def _kind(self, node: Any, pointer: Pointer, seen: frozenset[Pointer]) -> str:
        """`object`, `list`, `scalar` or `any`: what kind of value a schema describes."""
        node, pointer = self._follow(node, pointer)
        if not is_map(node):
            return "any"
        if pointer in seen:
            return "object"  # only objects can contain themselves
        seen = seen | {pointer}
        if _properties(node):
            return "object"
        parts = self._parts(node, "allOf", pointer)
        if parts:
            kinds = {self._kind(*part, seen) for part in parts}
            return "object" if "object" in kinds else kinds.pop() if len(kinds) == 1 else "any"
        alternatives = self._alternatives(node, pointer)
        if alternatives:
            kinds = {self._kind(*alt, seen) for alt in alternatives}
            return kinds.pop() if len(kinds) == 1 else "any"
        type_ = node.get("type")
        if type_ == "array" or (type_ is None and "items" in node):
            return "list"
        if type_ == "object" or (type_ is None and "additionalProperties" in node):
            return "object"
        if type_ in _SCALAR_TYPES or (type_ is None and "enum" in node):
            return "scalar"
        return "any"

    def _has_properties(self, node: Any, pointer: Pointer, seen: frozenset[Pointer]) -> bool:
        """Whether an object schema ends up with at least one field."""
        node, pointer = self._follow(node, pointer)
        if not is_map(node) or pointer in seen:
            return False
        seen = seen | {pointer}
        if _properties(node):
            return True
        if any(self._has_properties(*part, seen) for part in self._parts(node, "allOf", pointer)):
            return True
        alternatives = self._alternatives(node, pointer)
        return (
            bool(alternatives)
            and all(self._kind(*alt, frozenset()) == "object" for alt in alternatives)
            and any(self._has_properties(*alt, seen) for alt in alternatives)
        )

    def _site(
        self, pointer: Pointer, node: Any, alternatives: tuple[Node, ...] | None = None
    ) -> Ref:
        return self.graph.register((self.file, pointer), _Job(self, node, alternatives))

    # -- fields --------------------------------------------------------------------------------

    def build_fields(
        self, pointer: Pointer, node: Any, alternatives: tuple[Node, ...] | None
    ) -> tuple[tuple[FieldIR, ...], bool]:
        """The fields of the object schema registered at `pointer`, and whether it is open."""
        if alternatives is None:
            shape = self._shape(node, pointer, ())
        else:
            shape = _Shape.union([self._shape(*alt, ()) for alt in alternatives])
        return shape.finish(), shape.open

    def _shape(self, node: Any, pointer: Pointer, stack: tuple[Pointer, ...]) -> _Shape:
        shape = _Shape()
        node, pointer = self._follow(node, pointer)
        if not is_map(node) or pointer in stack:
            return shape
        stack = (*stack, pointer)
        for part in self._parts(node, "allOf", pointer):
            shape.merge_all(self._shape(*part, stack))
        shape.required |= set(_constraint_required(node.get("allOf")))
        for name, prop in _properties(node).items():
            where = (*pointer, "properties", str(name))
            problem = patterns.problem(patterns.WIRE_NAME, str(name))
            if problem is not None:
                raise SpecError(self.file, format_pointer(where), f"property name {problem}")
            shape.add(self._field(str(name), prop, where))
        shape.required |= set(_strings(node.get("required")))
        alternatives = self._alternatives(node, pointer)
        if alternatives and all(self._kind(*alt, frozenset()) == "object" for alt in alternatives):
            shape.add_optional(_Shape.union([self._shape(*alt, stack) for alt in alternatives]))
        if node.get("additionalProperties") is False:
            shape.open = False
        return shape

    def _field(self, name: str, node: Any, pointer: Pointer) -> FieldIR:
        info = self.type_of(node, pointer)
        verbs: list[str] = []
        try:
            for hop, _ in self.resolver.chain(node, pointer):
                if is_map(hop):
                    verbs += _strings(hop.get("x-required"))
        except RefError:
            pass
        required = tuple(_VERBS[v] for v in ("post", "put") if v in verbs)
        return FieldIR(
            name,
            info.type,
            info.read_only,
            required,
            info.nullable,
            info.enum,
            bool(required),
            info.limits,
        )

"""The intermediate representation: everything the templates print, decided and ready to print.

Templates see only these frozen dataclasses. Types are `TypeRef` values (printed as their source
text), and a module's imports are computed from them; other strings are Python source fragments.
"""

from __future__ import annotations

from dataclasses import dataclass

from .describe import Doc
from .enum_aliases import EnumAliasIR
from .typeref import (
    DEPRECATED,
    NODE_RESOURCE,
    REQUEST_CONFIG,
    RESOURCE,
    Import,
    Named,
    TypeRef,
    Value,
    call,
    imports,
)


@dataclass(frozen=True)
class TypedDictKey:
    key: str  # the API's name, as the key appears in the dict
    annotation: TypeRef  # e.g. `Required[int]`, `list[ProductImageCreate]`
    doc: str = ""  # what the annotation does not say (`describe.field_facts`), if anything


@dataclass(frozen=True)
class TypedDictIR:
    """A request body or a filter set (validated with `REQUEST_CONFIG`: extra keys forbidden),
    or a model read as a dict (`DICT_MODEL_CONFIG`: extra keys kept)."""

    name: str
    doc: str
    keys: tuple[TypedDictKey, ...]
    functional: bool  # some key is not an identifier, so the class syntax cannot spell it
    config: Named = REQUEST_CONFIG
    class_name: str = ""  # the class's own name where it is not the key: its public name

    @property
    def own_name(self) -> str:
        """The name the class is defined under (`BrandCreate`; other modules may import it
        under its key, `V3BrandCreateBodyCreate`)."""
        return self.class_name or self.name


@dataclass(frozen=True)
class FieldIR:
    python_name: str
    annotation: TypeRef  # e.g. `int | None`; not optional when `required`
    alias_repr: str | None  # repr of the API's name when it differs from python_name
    required: bool = False  # always in answers (an object's id): no default
    doc: str = ""  # what the annotation does not say (`describe.field_facts`), if anything


@dataclass(frozen=True)
class FieldRowIR:
    """A model field as the docs' field table shows it."""

    wire: str  # the API's name
    type: str  # the spec's type text
    read_only: bool
    required: tuple[str, ...]  # the requests it is required in ("create", "update")
    values: str  # the allowed values (`describe.values`), "" when any value goes
    notes: str = ""  # the rest: create-only, nullable, limits, default, deprecated


@dataclass(frozen=True)
class HelperIR:
    """`parent.options()` / `parent.options(id)` reaching a subresource."""

    name: str
    resource_class: str
    resource_module: str
    model_class: Named
    by_id: bool


@dataclass(frozen=True)
class RecordIR:
    """Methods on a resource's objects: `update`, `delete` and subresource helpers."""

    resource_class: str
    resource_module: str
    id_args: str  # arguments naming this object to its resource: "self._own_id()" or with parent
    update_type: Named | None
    delete_returns: TypeRef | None  # what `delete()` returns; None: the object has no `delete()`
    helpers: tuple[HelperIR, ...]


@dataclass(frozen=True)
class ModelIR:
    name: str  # its key: unique in the package, names its module; other modules import it so
    module: str
    spec_file: str
    doc: str
    fields: tuple[FieldIR, ...]
    create: TypedDictIR | None
    update: TypedDictIR | None
    record: RecordIR | None
    imports: tuple[Import, ...]
    as_dict: TypedDictIR | None = None  # the model is read as this TypedDict, not an ApiModel
    rows: tuple[FieldRowIR, ...] = ()  # its fields for the docs' tables
    class_name: str = ""  # the class's own name where it is not the key: its public name

    @property
    def own_name(self) -> str:
        """The name the class is defined under (`Product` for the key `V3Product`)."""
        return self.class_name or self.name

    @property
    def keys(self) -> list[str]:
        """The keys its module defines: the model's and its request TypedDicts'."""
        return [self.name] + [td.name for td in (self.create, self.update) if td is not None]

    @property
    def module_doc(self) -> str:
        """The docstring of the model's module: the model, and the request bodies it holds."""
        bodies_of = (("create", self.create), ("update", self.update))
        verbs = " and ".join(verb for verb, body in bodies_of if body is not None)
        bodies = f" and the bodies of its {verbs} calls" if verbs else ""
        return f"The `{self.own_name}` model{bodies}."


@dataclass(frozen=True)
class ConstantIR:
    """A class constant made by a call: `name: annotation = func(field=value, ...)`."""

    name: str
    annotation: TypeRef
    func: Named
    fields: tuple[tuple[str, Value], ...]

    def __str__(self) -> str:
        return f"{self.name}: {self.annotation} = {call(self.func, dict(self.fields))}"

    @property
    def imports(self) -> set[Import]:
        return imports([self.annotation, self.func, *(value for _, value in self.fields)])


@dataclass(frozen=True)
class MethodIR:
    """One generated resource method: signature and the single runtime call it makes."""

    name: str
    params: str  # after `self, `
    returns: TypeRef
    doc: Doc
    body: str  # one statement
    constant: ConstantIR  # the class constant describing its operation
    uses: tuple[TypeRef, ...]  # what `params` and `body` spell (for the module's imports)
    route: str = ""  # `GET /v3/catalog/products`
    example: str = ""  # one use of the method, as Python source (for the docs)
    paging: str = ""  # how its answer pages ("offset", "cursor", "page"), "" when it does not
    batch_limit: int | None = None  # a batch call's items per request
    deprecated: str | None = None  # the `typing_extensions.deprecated` text, if deprecated

    @property
    def imports(self) -> set[Import]:
        uses = [*self.uses, self.returns, *([DEPRECATED] if self.deprecated else [])]
        return imports(uses) | self.constant.imports


@dataclass(frozen=True)
class ChildIR:
    """An attribute leading to another resource (`client.catalog.products` -> `.images`)."""

    name: str
    class_name: str
    module: str


@dataclass(frozen=True)
class ResourceIR:
    class_name: str
    module: str
    spec_file: str
    api: str
    doc: str
    filters: TypedDictIR | None
    methods: tuple[MethodIR, ...]
    imports: tuple[Import, ...]
    typeddicts: tuple[TypedDictIR, ...] = ()  # query parameters of imported operations
    children: tuple[ChildIR, ...] = ()
    compat: bool = True  # one of the old client's classes; False for an imported node
    models: tuple[str, ...] = ()  # the models its methods answer or take (for the docs)
    chain: tuple[str, ...] = ()  # an imported node's attributes below its version

    @property
    def base(self) -> Named:
        """The runtime class it derives from."""
        return RESOURCE if self.compat else NODE_RESOURCE


@dataclass(frozen=True)
class RouteFieldIR:
    """A model field as the fake store (`bigcommerce.testing`) checks and fills it."""

    wire: str  # the API's name
    type: str  # the spec's type in canonical form: "int", "list[int]", "ResourceLink"
    write_type: str | None  # canonical type in request bodies, where it differs from `type`
    read_only: bool
    create_only: bool
    required: tuple[str, ...]  # the request verbs it is required for ("create", "update")
    nullable: bool
    enum: tuple[str | int | float | bool, ...]


@dataclass(frozen=True)
class RouteModelIR:
    name: str
    fields: tuple[RouteFieldIR, ...]


@dataclass(frozen=True)
class RouteFilterIR:
    name: str
    type: str  # canonical spec type, as in RouteFieldIR
    range: bool  # also `min_{name}` and `max_{name}`
    enum: tuple[str | int | float | bool, ...]
    required: bool = False  # an imported operation's query parameter the API insists on


@dataclass(frozen=True)
class RouteIR:
    """One resource as the fake store serves it: where it lives and what it accepts."""

    class_name: str
    api: str
    spec_file: str
    path: str
    model: str
    verbs: tuple[str, ...]
    pagination: str
    filters: tuple[RouteFilterIR, ...]
    parent: str | None  # the parent resource's class name, for subresources
    parent_path: str | None
    parent_key: str | None
    count_path: str | None


@dataclass(frozen=True)
class NodeRouteIR:
    """One imported operation as the fake store serves it: where, and the shapes going in and
    out. Type texts are canonical spec types (`list[ProductFull]`, `int`)."""

    version: str
    node: str  # the attribute chain on the client: "catalog.products.images"
    verb: str
    operation_id: str
    method: str
    path: str  # relative to the version root, parameters in braces
    params: tuple[tuple[str, str], ...]  # path parameters in path order: (wire name, type)
    unscoped_path: str | None  # the same operation without the leading parent ids
    result: str  # list, object, none, bytes or lines
    result_type: str | None
    envelope: bool
    pagination: str  # offset, cursor, offset+cursor or none
    body: str  # object, list or none
    body_type: str | None
    multipart: bool
    batch_limit: int | None
    query: tuple[RouteFilterIR, ...]


@dataclass(frozen=True)
class IndexEntryIR:
    """A documented operation and the call that performs it (or why there is none)."""

    version: str  # "" for operations outside the management API
    method: str
    path: str
    operation_id: str
    call: str
    result: str
    left_out: str  # the reason, when `call` is empty


@dataclass(frozen=True)
class AreaExportIR:
    public: str  # `Product`
    module: str  # the model module that defines it (flat: `v3_product`; see codegen/layout.py)
    name: str  # its name there: `Product` (a request TypedDict's may differ: `V3ProductCreate`)


@dataclass(frozen=True)
class AreaIR:
    """`bigcommerce.v3.catalog`: the public names of one area of an imported API version."""

    version: str
    name: str
    spec_file: str
    exports: tuple[AreaExportIR, ...]
    example: str = ""  # the name its docstring shows: what its first collection answers


@dataclass(frozen=True)
class PackageIR:
    models: tuple[ModelIR, ...]
    resources: tuple[ResourceIR, ...]
    routes: tuple[RouteIR, ...] = ()
    route_models: tuple[RouteModelIR, ...] = ()
    top: tuple[ChildIR, ...] = ()  # the client's attributes for imported resources
    index: tuple[IndexEntryIR, ...] = ()
    node_routes: tuple[NodeRouteIR, ...] = ()  # the fake store's table of imported operations
    areas: tuple[AreaIR, ...] = ()  # bigcommerce.v2.* / bigcommerce.v3.*
    enums: tuple[EnumAliasIR, ...] = ()  # _enums.py

    def own_names(self) -> dict[str, str]:
        """Key -> the class's own name, for every model and request TypedDict named otherwise
        (`V3Product` -> `Product`, `V3BrandCreateBodyCreate` -> `BrandCreate`)."""
        out = {m.name: m.class_name for m in self.models if m.class_name}
        for m in self.models:
            out |= {td.name: td.class_name for td in (m.create, m.update) if td and td.class_name}
        return out

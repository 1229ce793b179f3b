"""The intermediate representation: everything the templates print, decided and ready to print.

Templates see only these frozen dataclasses; strings in them are Python source fragments.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Import:
    """`from {module} import {name}`; `type_checking` ones go under `if TYPE_CHECKING:`."""

    module: str
    name: str
    type_checking: bool = False


@dataclass(frozen=True)
class TypedDictKey:
    key: str  # the API's name, as the key appears in the dict
    key_repr: str  # repr(key), for the functional syntax
    annotation: str  # e.g. "Required[int]", "list[ProductImageCreate]"


@dataclass(frozen=True)
class TypedDictIR:
    """A request body or a filter set: a TypedDict validated with extra keys forbidden."""

    name: str
    doc: str
    keys: tuple[TypedDictKey, ...]
    functional: bool  # some key is not an identifier, so the class syntax cannot spell it


@dataclass(frozen=True)
class FieldIR:
    python_name: str
    annotation: str  # e.g. "int | None"
    alias_repr: str | None  # repr of the API's name when it differs from python_name


@dataclass(frozen=True)
class HelperIR:
    """`parent.options()` / `parent.options(id)` reaching a subresource."""

    name: str
    resource_class: str
    resource_module: str
    model_class: str
    by_id: bool


@dataclass(frozen=True)
class RecordIR:
    """Methods on a resource's objects: `update`, `delete` and subresource helpers."""

    resource_class: str
    resource_module: str
    id_args: str  # arguments naming this object to its resource: "self._own_id()" or with parent
    update_type: str | None
    has_delete: bool
    helpers: tuple[HelperIR, ...]


@dataclass(frozen=True)
class ModelIR:
    name: str
    module: str
    spec_file: str
    doc: str
    fields: tuple[FieldIR, ...]
    create: TypedDictIR | None
    update: TypedDictIR | None
    record: RecordIR | None
    imports: tuple[Import, ...]


@dataclass(frozen=True)
class MethodIR:
    """One generated resource method: signature and the single runtime call it makes."""

    name: str
    params: str  # after `self, `
    returns: str
    doc: str
    body: str  # one statement
    overloads: tuple[tuple[str, str], ...] = ()  # (params, returns) pairs for @overload stubs


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


@dataclass(frozen=True)
class PackageIR:
    models: tuple[ModelIR, ...]
    resources: tuple[ResourceIR, ...]

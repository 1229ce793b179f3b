"""Type references: the types generated code is annotated with, as values that know their imports.

A `TypeRef` is a small tree: a `Named` type (with the import it needs, if any), a `Generic` with
its arguments (`list[Product]`), a `Union` (`int | None`) or a `Literal`. `render` is the one place
one becomes source text (`str()` of a TypeRef calls it, so templates print them as they are), and
`imports` is what a module using some of them must import. Imports of the generated package are
written as seen from a module of a subpackage (`..models.product`, `.._model`); `localized` moves
them into the subpackage that uses them, and `codegen.layout` to where each module really lives.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .literals import string
from .naming import model_module_path


@dataclass(frozen=True, order=True)
class Import:
    """`from {module} import {name}`; `type_checking` ones go under `if TYPE_CHECKING:`."""

    module: str
    name: str
    type_checking: bool = False
    as_module: bool = False  # `import {module} as {name}`
    source: str = ""  # `from {module} import {source} as {name}`: the name the module defines

    @property
    def names(self) -> str:
        """What follows `import`: `Product as V3Product`, or the name alone."""
        return f"{self.source} as {self.name}" if self.source else self.name


class TypeRef:
    """A type as generated code spells it; `str()` is its source text."""

    def __str__(self) -> str:
        return render(self)


@dataclass(frozen=True)
class Named(TypeRef):
    """A name (`int`, `Product`, `_dt.date`) and the import that brings it, if one does."""

    text: str
    needs: Import | None = None


@dataclass(frozen=True)
class Generic(TypeRef):
    """`base[arg, ...]`: `list[Product]`, `dict[str, Any]`, `Required[int]`."""

    base: Named
    args: tuple[TypeRef, ...]


@dataclass(frozen=True)
class Union(TypeRef):
    """`a | b | ...`; nested unions print flat."""

    members: tuple[TypeRef, ...]


@dataclass(frozen=True)
class Literal(TypeRef):
    """`Literal['a', 1]`: the values an enum allows."""

    values: tuple[str | int | float | bool, ...]


def named(text: str, module: str | None = None) -> Named:
    """`text`, imported from `module` (None: a builtin or a name of the module itself)."""
    return Named(text, None if module is None else Import(module, text))


def _dt(text: str) -> Named:
    """A `datetime` name, through the module alias `_dt` (a field may be called `date`)."""
    return Named(f"_dt.{text}", Import("datetime", "_dt", as_module=True))


# Builtins, and names of the standard library and of the runtime that annotations use.
NONE, INT, FLOAT, STR, BOOL, BYTES = (
    named(n) for n in ("None", "int", "float", "str", "bool", "bytes")
)
LIST, DICT = named("list"), named("dict")
ANY = named("Any", "typing")
LITERAL = named("Literal", "typing")
CLASSVAR = named("ClassVar", "typing")
ITERATOR = named("Iterator", "collections.abc")
DECIMAL = named("Decimal", "decimal")
DATE, DATETIME = _dt("date"), _dt("datetime")
REQUIRED = named("Required", "typing_extensions")
UNPACK = named("Unpack", "typing_extensions")
ID = named("Id", ".._query")
UPLOAD = named("Upload", ".._types")
RFC2822_DATETIME = named("Rfc2822DateTime", ".._types")
OPERATION = named("Operation", ".._request")
OBJECT = Generic(DICT, (STR, ANY))  # a JSON object

# Other names of the runtime and the standard library generated code uses.
OVERLOAD = named("overload", "typing")
DEPRECATED = named("deprecated", "typing_extensions")
TYPED_DICT = named("TypedDict", "typing_extensions")
WITH_CONFIG = named("with_config", "pydantic")
FIELD = named("Field", "pydantic")
API_MODEL = named("ApiModel", ".._model")
REQUEST_CONFIG = named("REQUEST_CONFIG", ".._model")
DICT_MODEL_CONFIG = named("DICT_MODEL_CONFIG", ".._model")
RESOURCE = named("Resource", ".._resource")
NODE_RESOURCE = named("NodeResource", ".._operation")
SEGMENT = named("segment", ".._query")


def list_of(item: TypeRef) -> Generic:
    return Generic(LIST, (item,))


def optional(ref: TypeRef) -> Union:
    return Union((ref, NONE))


def model_ref(name: str, model: str | None = None) -> Named:
    """A model class of the generated package, or a name defined in the module of `model` (a
    request TypedDict: `model_ref("ProductCreate", "Product")`)."""
    return named(name, model_module_path(model or name))


# Rendering.

Value = TypeRef | str | int | bool | tuple[str, ...]


def render(ref: TypeRef) -> str:
    """The source text of a type: the one place a TypeRef is printed."""
    if isinstance(ref, Named):
        return ref.text
    if isinstance(ref, Generic):
        return f"{ref.base.text}[{', '.join(render(a) for a in ref.args)}]"
    if isinstance(ref, Union):
        return " | ".join(render(m) for m in ref.members)
    if isinstance(ref, Literal):
        return f"{LITERAL.text}[{', '.join(repr(v) for v in ref.values)}]"
    raise TypeError(f"not a type reference: {ref!r}")


def source(value: Value) -> str:
    """A value as generated code spells it: a type as its annotation, a string as a literal."""
    if isinstance(value, TypeRef):
        return render(value)
    if isinstance(value, str):
        return string(value)
    if isinstance(value, tuple):
        items = [string(item) for item in value]
        return f"({', '.join(items)}{',' if len(items) == 1 else ''})"
    return repr(value)


def call(func: Named, fields: Mapping[str, Value]) -> str:
    """`func(key=value, ...)` with each value as `source` prints it."""
    return f"{func.text}({', '.join(f'{k}={source(v)}' for k, v in fields.items())})"


# Imports.


def parts(ref: TypeRef) -> Iterable[Named]:
    """Every name a type mentions."""
    if isinstance(ref, Named):
        yield ref
    elif isinstance(ref, Generic):
        yield ref.base
        for arg in ref.args:
            yield from parts(arg)
    elif isinstance(ref, Union):
        for member in ref.members:
            yield from parts(member)
    elif isinstance(ref, Literal):
        yield LITERAL


def imports(values: Iterable[Value]) -> set[Import]:
    """What code spelling `values` must import (strings and numbers need nothing)."""
    return {
        name.needs
        for value in values
        if isinstance(value, TypeRef)
        for name in parts(value)
        if name.needs is not None
    }


def aliased(needed: Iterable[Import], class_names: Mapping[str, str]) -> tuple[Import, ...]:
    """Imports of models and request TypedDicts whose class is not named for their key
    (`class_names`: key -> class name) import the class under its key: `from ..models.v3_product
    import Product as V3Product`."""
    out = set()
    for imp in needed:
        own = class_names.get(imp.name)
        if own and not imp.as_module and _of_models(imp.module):
            imp = Import(imp.module, imp.name, imp.type_checking, False, own)
        out.add(imp)
    return tuple(sorted(out))


def _of_models(module: str) -> bool:
    """A generated model module, as an import names it: `..models.x`, or `.x` within `models`."""
    return module.startswith("..models.") or (module.startswith(".") and module[1:2] != ".")


def localized(needed: Iterable[Import], package: str, own: str = "") -> set[Import]:
    """Imports as written in module `own` of subpackage `package`: the subpackage's own modules
    are imported relatively (`..models.product` -> `.product` in `models`), `own` not at all."""
    inside = f"..{package}."
    out: set[Import] = set()
    for imp in needed:
        if imp.module.startswith(inside):
            local = imp.module.removeprefix(inside)
            if local == own:
                continue
            imp = Import("." + local, imp.name, imp.type_checking, imp.as_module, imp.source)
        out.add(imp)
    return out

"""Type annotations and imports of generated code: the spec's type grammar printed as Python."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

from .ir import Import
from .naming import body_typeddict_name, model_module, model_of_type_name
from .spec_loader import SpecError
from .type_grammar import TypeExpr, parse_type

IDENT = re.compile(r"\b[A-Za-z_][A-Za-z0-9_]*\b")
#: `datetime` is imported as a module alias: a field may be called `date` or `datetime`.

#: Names generated code may use, and where they come from (relative to a module in a subpackage).
KNOWN = {
    "Any": "typing",
    "Literal": "typing",
    "overload": "typing",
    "Iterator": "collections.abc",
    "Decimal": "decimal",
    "_dt": "datetime",
    "Required": "typing_extensions",
    "TypedDict": "typing_extensions",
    "Unpack": "typing_extensions",
    "Field": "pydantic",
    "with_config": "pydantic",
    "ApiModel": ".._model",
    "REQUEST_CONFIG": ".._model",
    "DICT_MODEL_CONFIG": ".._model",
    "Resource": ".._resource",
    "Id": ".._query",
    "segment": ".._query",
    "Rfc2822DateTime": ".._types",
    "Upload": ".._types",
    "NodeResource": ".._operation",
}

#: A JSON number (`float` in the spec) stays what it was: pydantic's smart union keeps `2` an
#: `int`, so a quantity is sent and dumped as `2`, never `2.0`.
READ_SCALARS = {
    "int": "int",
    "float": "int | float",
    "str": "str",
    "bool": "bool",
    "any": "Any",
    "object": "dict[str, Any]",
    "bytes": "str",
}
WRITE_SCALARS = {
    **READ_SCALARS,
    "decimal": "Decimal | float | int | str",
    "date": "_dt.date | str",
    "bytes": "Upload",
}
FILTER_SCALARS = {**WRITE_SCALARS, "datetime": "_dt.datetime | _dt.date | str"}


def parse(file: str, key: str, text: str) -> TypeExpr:
    try:
        return parse_type(text)
    except ValueError as exc:
        raise SpecError(file, key, str(exc)) from None


def read_scalars(api: str) -> dict[str, str]:
    # v2 sends money as strings and dates as RFC 2822 strings; keep them as the API sent them.
    if api == "v2":
        return {**READ_SCALARS, "decimal": "str", "datetime": "str", "date": "str"}
    return {**READ_SCALARS, "decimal": "float", "datetime": "_dt.datetime", "date": "_dt.date"}


def write_scalars(api: str) -> dict[str, str]:
    datetime_type = "Rfc2822DateTime | str" if api == "v2" else "_dt.datetime | str"
    return {**WRITE_SCALARS, "datetime": datetime_type}


def python_type(expr: TypeExpr, scalars: dict[str, str], verb: str | None = None) -> str:
    """The annotation for `expr`: a model is the model itself, or its request TypedDict for
    `verb` (`create` / `update`) when given."""
    if expr.kind == "list" and expr.item is not None:
        return f"list[{python_type(expr.item, scalars, verb)}]"
    if expr.kind == "model":
        return body_typeddict_name(expr.name, verb) if verb else expr.name
    return scalars[expr.name]


def enum_type(expr: TypeExpr, values: Iterable[str | int | float | bool]) -> str:
    """`Literal[...]`, or `list[Literal[...]]` when the enum describes a list's items."""
    return f"list[{literal(values)}]" if expr.kind == "list" else literal(values)


def literal(values: Iterable[str | int | float | bool]) -> str:
    return f"Literal[{', '.join(repr(v) for v in values)}]"


def imports(code: Iterable[str], local: Mapping[str, str]) -> set[Import]:
    """The imports the code fragments need: every known name they mention (`local`: the
    package's own models, looked up by name)."""
    names = {m for fragment in code for m in IDENT.findall(_without_strings(fragment))}
    out: set[Import] = set()
    for name in names:
        module = KNOWN.get(name) or local.get(name)
        if module is not None:
            out.add(Import(module, name, as_module=name == "_dt"))
    return out


_STRING = re.compile(r"""(f?)('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")""")


def _without_strings(code: str) -> str:
    """Code with string literals blanked, keeping what f-strings interpolate (`{segment(id)}`)."""

    def keep(match: re.Match[str]) -> str:
        return " ".join(re.findall(r"\{([^}]*)\}", match.group(2))) if match.group(1) else " "

    return _STRING.sub(keep, code)


class LocalModels(Mapping[str, str]):
    """Model name (or its Create/Update TypedDict) -> the module to import it from, relative to
    the module being written (`own` is left out: nothing imports from itself)."""

    def __init__(self, models: Mapping[str, object], prefix: str, own: str) -> None:
        self._models, self._prefix, self._own = models, prefix, own

    def __getitem__(self, name: str) -> str:
        model = model_of_type_name(name, self._models)
        if model is None or model_module(model) == self._own:
            raise KeyError(name)
        return self._prefix + model_module(model)

    def __iter__(self) -> Iterator[str]:
        return iter(())  # only looked up by name

    def __len__(self) -> int:
        return 0

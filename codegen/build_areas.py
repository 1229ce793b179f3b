"""The public names of the imported API, by area: `bigcommerce.v3.catalog.Product`.

Each imported spec file is an area of its version (`spec/imported/v3/catalog.yaml` ->
`bigcommerce.v3.catalog`); its `exports` map the public names (chosen by the importer under the
names lock) to the models and request TypedDicts that the generator emits under unique keys
(`V3Product`: the old client's `bigcommerce.models.Product` keeps its name). A name whose request
TypedDict is not emitted (no call is typed with it) stands for its model instead.

A model's key is the name other generated modules import it under (`codegen.layout` places its
module: `v3/catalog/models/product.py`); the class itself is named for its public name
(`class Product`), so `repr`, `__name__` and messages say what users import (`class_names`).
"""

from __future__ import annotations

from pathlib import PurePosixPath

from .enum_aliases import MODULE, EnumAliasIR
from .ir import AreaExportIR, AreaIR, ModelIR
from .naming import body_typeddict_model
from .spec_loader import LoadedSpec, SpecError
from .type_grammar import model_names, parse_type

IMPORTED = "imported/"


def is_imported(spec_file: str) -> bool:
    return f"/{IMPORTED}" in f"/{spec_file}"


def class_names(specs: list[LoadedSpec]) -> dict[str, str]:
    """Key of a model or request TypedDict -> its class's own name, where they differ: the public
    name an imported file exports it under (`V3Product` -> `Product`, `V3BrandCreateBodyCreate`
    -> `BrandCreate`). Where a TypedDict's public name is its model's, the model class, which no
    area exports, is `<name>Model`."""
    out: dict[str, str] = {}
    bodies: list[tuple[LoadedSpec, str, str]] = []
    for loaded in specs:
        if not is_imported(loaded.file):
            continue
        models = loaded.spec.models
        for public, target in sorted(loaded.spec.exports.items()):
            if target == public:
                continue
            if target not in models:
                if _model_of(target) in models:
                    bodies.append((loaded, public, target))
                continue
            if out.setdefault(target, public) != public:
                raise SpecError(loaded.file, f"exports.{public}", f"{target!r} exported twice")
    exported = {target for s in specs for target in s.spec.exports.values()}
    for loaded, public, target in bodies:
        model = _model_of(target)
        if public == out.get(model, model):
            if model in exported:
                continue  # the model is public under that name: the TypedDict keeps its key
            # the model class only serves the module (the schema is sent, not answered)
            out[model] = f"{public}Model"
        if out.setdefault(target, public) != public:
            raise SpecError(loaded.file, f"exports.{public}", f"{target!r} exported twice")
    return out


def _model_of(key: str) -> str:
    """The model a key names, or whose request TypedDict it names."""
    body = body_typeddict_model(key)
    return body[0] if body else key


#: (version, area) -> {model key: its public name there}
AreaNames = dict[tuple[str, str], dict[str, str]]


def area_names(specs: list[LoadedSpec]) -> AreaNames:
    """The models each area exports, by key: (`v3`, `catalog`) -> {`V3Product`: `Product`}."""
    keys = {(s.spec.api, name) for s in specs for name in s.spec.models}
    out: AreaNames = {}
    for loaded in specs:
        if not is_imported(loaded.file):
            continue
        mine = out.setdefault((loaded.spec.api, PurePosixPath(loaded.file).stem), {})
        for public, target in sorted(loaded.spec.exports.items()):
            if (loaded.spec.api, target) in keys:
                mine[target] = public
    return out


def public_type_name(names: AreaNames, version: str, area: str, key: str) -> str:
    """How the operation index writes a model of a call in `area`: its public name with the
    version and area that export it (`v3.catalog.Product`: `bigcommerce.v3.catalog.Product`), the
    call's own area first; a model no area exports (the old client's) keeps its key."""
    own = names.get((version, area), {})
    if key in own:
        return f"{version}.{area}.{own[key]}"
    for (v, other), exported in sorted(names.items()):
        if v == version and key in exported:
            return f"{version}.{other}.{exported[key]}"
    return key


def build_areas(
    specs: list[LoadedSpec], models: tuple[ModelIR, ...], enums: tuple[EnumAliasIR, ...] = ()
) -> tuple[AreaIR, ...]:
    """The areas' exports: their models and request TypedDicts, and the aliases of the large
    enums their calls and models use (`enum_aliases`)."""
    where: dict[str, tuple[str, str]] = {}  # key -> (module, the name it is defined under)
    for m in models:
        where[m.name] = (m.module, m.own_name)
        for td in (m.create, m.update):
            if td is not None:
                where[td.name] = (m.module, td.own_name)
    areas = []
    for loaded in specs:
        if not is_imported(loaded.file) or not loaded.spec.exports:
            continue
        exports = []
        for public, target in sorted(loaded.spec.exports.items()):
            if target not in where:
                model = _model_of(target)
                if model == target or model not in where:
                    raise SpecError(loaded.file, f"exports.{public}", f"no model {target!r}")
                target = model
            exports.append(AreaExportIR(public, *where[target]))
        exports += [
            AreaExportIR(e.name, MODULE, e.name) for e in enums if loaded.file in e.spec_files
        ]
        exports.sort(key=lambda e: e.public)
        name = PurePosixPath(loaded.file).stem
        example = _example(loaded) or exports[0].public
        areas.append(AreaIR(loaded.spec.api, name, loaded.file, tuple(exports), example))
    return tuple(sorted(areas, key=lambda a: (a.version, a.name)))


def _example(loaded: LoadedSpec) -> str:
    """The public name of what an area's first collection answers (`Brand` for `catalog`, its
    first collection being `catalog.brands`), for the area's docstring; "" if none."""
    public = {target: name for name, target in loaded.spec.exports.items()}
    for _, node in sorted(loaded.spec.nodes.items()):
        for verb in ("get", "all"):
            op = node.operations.get(verb)
            text = op.result.type if op is not None else None
            for key in model_names(parse_type(text)) if text else ():
                if key in public:
                    return public[key]
    return ""

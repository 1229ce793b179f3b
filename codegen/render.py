"""IR -> source text through Jinja2 templates (one template per kind of output file)."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from pathlib import Path, PurePosixPath

import jinja2

from .describe import Doc
from .enum_aliases import MODULE
from .ir import PackageIR
from .layout import Layout, layout
from .literals import comment, docblock, docstring, markdown, markdown_code, markdown_prose
from .route_data import routes_json
from .spelling import respelled

TEMPLATES = Path(__file__).parent / "templates"


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["pyrepr"] = repr
    env.filters["docstring"] = docstring
    env.filters["comment"] = comment
    env.filters["docblock"] = _docblock
    env.filters["markdown"] = markdown
    env.filters["code"] = markdown_code
    env.filters["prose"] = markdown_prose
    return env


def _docblock(doc: Doc, indent: int) -> str:
    return docblock(doc.summary, doc.paragraphs, doc.args, indent)


def render(package: PackageIR) -> dict[str, str]:
    """Relative path in the package -> source text, for every generated (not copied) file. Each
    module is written where `codegen.layout` places it, its imports rewritten to match, and calls
    the classes it imports by their own names where it can (`codegen.spelling`)."""
    env = environment()
    house = layout(package)
    out: dict[str, str] = {}
    own_names = package.own_names()
    model = env.get_template("models/model.py.jinja")
    for m in package.models:
        flat = f"models.{m.module}"
        m = dataclasses.replace(m, imports=house.imports(flat, m.imports))
        text = model.render(m=m, source=m.spec_file, where=_where(house, flat))
        out[house.path(flat)] = respelled(text, own_names)
    if package.enums:
        out[house.path(f"models.{MODULE}")] = env.get_template("models/enums.py.jinja").render(
            enums=package.enums, source="spec/"
        )
    resource = env.get_template("resources/resource.py.jinja")
    for r in package.resources:
        flat = f"resources.{r.module}"
        r = dataclasses.replace(r, imports=house.imports(flat, r.imports))
        text = resource.render(r=r, source=r.spec_file, where=_where(house, flat))
        out[house.path(flat)] = respelled(text, own_names)
    # `bigcommerce.models` lists the models that stay in `models/` (the old client's); the
    # imported API's are public by area (`bigcommerce.v3.catalog`).
    own = sorted(
        (m for m in package.models if house.place(f"models.{m.module}") == f"models.{m.module}"),
        key=lambda m: m.module,
    )
    compat = [r for r in package.resources if r.compat]
    listing = {
        "model_names": sorted(key for m in own for key in m.keys),
        "compat": compat,
        "resource_names": sorted(r.class_name for r in compat),
        "top": package.top,
        "own_modules": [(m.module, m.keys) for m in own],
        "source": "spec/",
    }
    out["models/__init__.py"] = env.get_template("models/__init__.py.jinja").render(listing)
    out["resources/__init__.py"] = env.get_template("resources/__init__.py.jinja").render(listing)
    out["api.py"] = env.get_template("api.py.jinja").render(listing, where=_where(house, "api"))
    area = env.get_template("areas/area.py.jinja")
    versions = sorted({a.version for a in package.areas})
    for a in package.areas:
        here = f"{a.version}.{a.name}.__init__"
        out[house.path(here)] = area.render(a=a, source=a.spec_file, where=_where(house, here))
    for version in versions:
        names = [a.name for a in package.areas if a.version == version]
        out[f"{version}/__init__.py"] = env.get_template("areas/__init__.py.jinja").render(
            version=version, areas=names, source="spec/imported/"
        )
    for folder in _packages_without_init(out):
        out[f"{folder}/__init__.py"] = env.get_template("areas/folder.py.jinja").render(
            doc=_folder_doc(folder), source="spec/imported/"
        )
    out["operations.json"] = _index_json(package)
    out["testing/routes.json"] = routes_json(package)
    return out


def _where(house: Layout, flat: str) -> Callable[[str], str]:
    """For a template: how the module `flat` writes a relative import of another module."""
    package = house.place(flat).rpartition(".")[0]
    return lambda target: house.module_from(package, target)


def _packages_without_init(files: dict[str, str]) -> list[str]:
    """Folders of generated modules that would have no `__init__.py` (an area with no public
    names; `models/` and `resources/` of an area)."""
    folders = {
        str(folder)
        for rel in files
        if rel.endswith(".py")
        for folder in PurePosixPath(rel).parents
        if folder.parts
    }
    return sorted(f for f in folders if f"{f}/__init__.py" not in files)


def _folder_doc(folder: str) -> str:
    """The docstring of a generated folder's `__init__.py` (`v3`, `v3/gadgets`,
    `v3/catalog/models`, `v3/catalog/resources`)."""
    version, *rest = folder.split("/")
    if not rest:
        return f"The {version} API's areas."
    area = f"bigcommerce.{version}.{rest[0]}"
    if len(rest) == 1:
        return (
            f"`{area}`: the resources of the {version} API's `{rest[0]}` area, which exports "
            "no models."
        )
    if rest[1] == "models":
        return f"The model modules of `{area}`; import the models from `{area}` itself."
    chain = ("api.v2." if version == "v2" else "api.") + rest[0]
    return f"The resource classes of `{area}`, reached from the client (`{chain}`)."


def _model_homes(package: PackageIR, page: str) -> dict[str, str]:
    """Model key -> the area module its class is imported from (`bigcommerce.v3.catalog`); of
    several, the one the page's resource is in (`v3_catalog_products` -> `catalog`)."""
    homes: dict[str, str] = {}
    keys = {(m.module, m.own_name): m.name for m in package.models}
    for a in package.areas:
        for e in a.exports:
            key = keys.get((e.module, e.name))
            if key is None or e.public != e.name:
                continue
            mine = page.startswith(f"{a.version}_{a.name}_") or page == f"{a.version}_{a.name}"
            if mine or key not in homes:
                homes[key] = f"bigcommerce.{a.version}.{a.name}"
    return homes


def _index_json(package: PackageIR) -> str:
    """The operation index as data: one object per documented operation."""
    rows = [dataclasses.asdict(entry) for entry in package.index]
    return json.dumps(rows, indent=1, ensure_ascii=False) + "\n"


_NAME = re.compile(r"\w+")


def render_docs(package: PackageIR) -> dict[str, str]:
    """The API reference: one Markdown page per resource class, and an index. Types name models
    as their classes are named (`list[Product]`, not the key `V3Product` the code imports them
    under), and an imported model's section says where it is imported from."""
    env = environment()
    renamed = package.own_names()
    env.filters["public"] = lambda text: _NAME.sub(
        lambda m: renamed.get(m.group(0), m.group(0)), str(text)
    )
    page = env.get_template("docs/resource.md.jinja")
    models = {m.name: m for m in package.models}
    out = {
        f"{r.module}.md": page.render(
            r=r,
            source=r.spec_file,
            models=[models[name] for name in r.models],
            homes=_model_homes(package, r.module),
        )
        for r in package.resources
    }
    out["README.md"] = env.get_template("docs/index.md.jinja").render(
        compat=[r for r in package.resources if r.compat],
        nodes=[r for r in package.resources if not r.compat],
    )
    return out

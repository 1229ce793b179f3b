"""Request TypedDicts (`<Model>Create` / `<Model>Update`) are generated exactly where a call uses
them: a method's body, a model object's `update(**fields)`, or a key of another emitted one."""

from __future__ import annotations

import re

from codegen.build_ir import build
from codegen.ir import PackageIR
from codegen.spec_loader import load_index, load_specs

from .generator_support import ROOT

_NAME = re.compile(r"\b[A-Z][A-Za-z0-9_]*(?:Create|Update)\b")


def _package() -> PackageIR:
    spec = ROOT / "spec"
    return build(load_specs(spec, ROOT), load_index(spec, ROOT))


def _names(texts: list[str]) -> set[str]:
    return {n for t in texts for n in _NAME.findall(t)}


def test_every_emitted_request_typeddict_is_used_and_every_used_one_emitted() -> None:
    package = _package()
    emitted = {td.name for m in package.models for td in (m.create, m.update) if td is not None}
    roots = _names([f"{m.params} {m.constant}" for r in package.resources for m in r.methods])
    roots |= {
        str(m.record.update_type) for m in package.models if m.record and m.record.update_type
    }
    keys = _names(
        [
            str(k.annotation)
            for m in package.models
            for td in (m.create, m.update)
            if td
            for k in td.keys
        ]
    )
    models = {m.name for m in package.models}
    assert emitted == (roots | keys) - models  # a body model may be named for its call
    assert keys - roots, "some TypedDicts are reached only through another one's keys"
    assert 400 < len(emitted) < 1880  # 1,880 before unused ones were left out


def test_a_writable_model_no_call_sends_has_no_request_typeddicts() -> None:
    models = {m.name: m for m in _package().models}
    unused = models["AbandondedCartEmail"]  # writable, but its calls send ...PayloadCreate
    assert unused.create is None and unused.update is None
    product = models["Product"]  # `Products.update` and `product.update(**fields)`
    assert product.record is not None and str(product.record.update_type) == "ProductUpdate"
    assert product.update is not None and product.update.name == "ProductUpdate"

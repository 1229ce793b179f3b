"""`python -m codegen generate` writes generated/bigcommerce; `python -m codegen check` compares."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .build_ir import build
from .openapi.importer import IMPORTED, import_openapi
from .openapi.overrides import describe_warnings
from .render import render, render_docs
from .spec_loader import SpecError, load_index, load_specs
from .write import build_tree, differences, replace_tree, scratch, write_files

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen")
    parser.add_argument("command", choices=["generate", "check", "import-openapi"])
    parser.add_argument("docs", nargs="?", type=Path, help="import-openapi: the documents folder")
    parser.add_argument("--spec", type=Path, default=ROOT / "spec", help="spec folder")
    parser.add_argument("--out", type=Path, default=ROOT / "generated" / "bigcommerce")
    parser.add_argument("--runtime", type=Path, default=ROOT / "runtime")
    args = parser.parse_args(argv)
    if args.command == "import-openapi":
        if args.docs is None:
            parser.error("import-openapi needs the folder of OpenAPI documents")
        try:
            result = import_openapi(args.docs, args.spec.resolve(), ROOT)
        except SpecError as exc:
            print(f"spec error: {exc}", file=sys.stderr)
            return 2
        for line in describe_warnings(tuple(result.warnings)):
            print(f"warning: {line}", file=sys.stderr)
        print(f"imported {len(result.files)} spec files into {args.spec / IMPORTED}")
        return 0
    try:
        spec_dir = args.spec.resolve()
        package = build(load_specs(spec_dir, ROOT), load_index(spec_dir, ROOT))
    except SpecError as exc:
        print(f"spec error: {exc}", file=sys.stderr)
        return 2
    docs = args.out.parent / "docs"
    with scratch() as tmp:
        built = Path(tmp) / "bigcommerce"
        built.mkdir()
        build_tree(built, render(package), args.runtime.resolve(), ROOT)
        built_docs = Path(tmp) / "docs"
        write_files(built_docs, render_docs(package))
        if args.command == "check":
            diffs = differences(built, args.out) + differences(built_docs, docs)
            for line in diffs:
                print(line, file=sys.stderr)
            if diffs:
                print("generated/ is out of date: run `make generate`", file=sys.stderr)
                return 1
            print(f"generated/ matches the specs ({len(package.resources)} resources)")
            return 0
        replace_tree(built, args.out)
        replace_tree(built_docs, docs)
    print(
        f"generated {len(package.resources)} resources and {len(package.models)} models "
        f"into {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

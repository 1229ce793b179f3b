"""Every Python snippet of README.md runs against one fake store, as written, with the README's
placeholders mapped to the store (see `readme_snippets.Placeholders`). A snippet that cannot run
there says so with a `readme-test` marker right above its fence, which becomes a skip, an xfail or
an expected exception here. The example of `bigcommerce.testing`'s docstring runs too."""

from __future__ import annotations

import contextlib
import io
import linecache
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import bigcommerce
import bigcommerce.api
import bigcommerce.testing
from bigcommerce.exception import InvalidArgumentError
from bigcommerce.testing import FakeStore

from .readme_snippets import MarkerError, Placeholders, Snippet, exception_named, read_snippets

README = Path(__file__).resolve().parents[1] / "README.md"
SNIPPETS = read_snippets(README.read_text(encoding="utf-8"))


def _param(snippet: Snippet) -> Any:
    marks: list[pytest.MarkDecorator] = []
    if snippet.kind == "skip":
        marks.append(pytest.mark.skip(reason=snippet.detail))
    elif snippet.kind == "xfail":
        marks.append(pytest.mark.xfail(reason=snippet.detail, strict=False))
    return pytest.param(snippet, id=snippet.test_id, marks=marks)


@pytest.fixture(scope="module")
def readme_store() -> Iterator[FakeStore]:
    """One store for every snippet: the demo catalog, plus the objects the snippets name."""
    with FakeStore(seed_demo=True) as store:
        Placeholders(store).seed()
        yield store


@pytest.fixture
def run_code(
    readme_store: FakeStore, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Callable[..., dict[str, Any]]:
    """Runs code in a fresh namespace, in a directory holding the snippets' files, with
    `BigcommerceApi` mapping the README's placeholders to the store; tracebacks name README
    lines."""
    placeholders = Placeholders(readme_store)
    monkeypatch.setenv("BC_API_ENDPOINT", readme_store.url)
    monkeypatch.chdir(tmp_path)
    for name, content in placeholders.files.items():
        (tmp_path / name).write_bytes(content)
    api_class = placeholders.api_class(bigcommerce.api.BigcommerceApi)
    monkeypatch.setattr(bigcommerce.api, "BigcommerceApi", api_class)

    def run(code: str, line: int, where: str = "README.md") -> dict[str, Any]:
        namespace = placeholders.context(api_class)
        source = "\n" * (line - 1) + placeholders.apply_text(code)
        filename = f"<{where}, line {line}>"
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        with contextlib.redirect_stdout(io.StringIO()):  # the snippets print products
            exec(compile(source, filename, "exec"), namespace)
        return namespace

    return run


@pytest.mark.parametrize("snippet", [_param(s) for s in SNIPPETS])
def test_readme_snippet(snippet: Snippet, run_code: Callable[..., dict[str, Any]]) -> None:
    if snippet.kind == "raises":
        with pytest.raises(exception_named(snippet.detail)):
            run_code(snippet.code, snippet.line)
    else:
        namespace = run_code(snippet.code, snippet.line)
        assert namespace["__name__"] == "__readme__"  # the snippet ran to its end, here


def test_the_testing_package_docstring_example(
    run_code: Callable[..., dict[str, Any]],
) -> None:
    doc = bigcommerce.testing.__doc__ or ""
    example = _first_indented_block(doc)
    assert "FakeStore" in example, doc
    namespace = run_code(example, 1, "bigcommerce.testing's docstring")
    assert isinstance(namespace["store"], FakeStore)


def _first_indented_block(doc: str) -> str:
    lines = doc.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("    "))
    end = next((i for i in range(start, len(lines)) if lines[i] and lines[i][0] != " "), len(lines))
    return textwrap.dedent("\n".join(lines[start:end])) + "\n"


# The harness itself.


def test_the_placeholder_client_reaches_the_store_and_nothing_else(
    readme_store: FakeStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BC_API_ENDPOINT", readme_store.url)
    api_class = Placeholders(readme_store).api_class(bigcommerce.api.BigcommerceApi)
    oauth = api_class(client_id="...", store_hash="...", access_token="...")
    basic = api_class(host="http://127.0.0.1:8080", basic_auth=("admin", "token"))
    count = len(readme_store.state.ids("Products"))
    assert oauth.Products.count() == basic.Products.count() == count > 0
    with pytest.raises(AssertionError, match=r"store\.example\.com"):
        api_class(host="store.example.com", basic_auth=("admin", "token"))


def test_the_readme_has_snippets_and_every_one_is_read() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(SNIPPETS) == text.count("```python\n")
    assert len(SNIPPETS) >= 6


def test_every_text_replacement_still_matches_the_readme() -> None:
    code = "".join(s.code for s in SNIPPETS)
    for old, _new in Placeholders.text:
        assert old in code, f"stale replacement in readme_snippets.Placeholders.text: {old!r}"


def test_markers_are_read_from_the_line_above_a_fence() -> None:
    text = textwrap.dedent(
        """\
        Some prose.

        <!-- readme-test: skip (needs a real OAuth install callback) -->
        ```python
        api.oauth_fetch_token(...)
        ```

        <!-- readme-test: raises InvalidArgumentError -->
        ```python
        bad()
        ```

        ```python
        fine()
        ```
        """
    )
    snippets = read_snippets(text)
    assert [(s.line, s.kind, s.detail, s.code) for s in snippets] == [
        (5, "skip", "needs a real OAuth install callback", "api.oauth_fetch_token(...)\n"),
        (10, "raises", "InvalidArgumentError", "bad()\n"),
        (14, "run", "", "fine()\n"),
    ]
    assert exception_named("InvalidArgumentError") is InvalidArgumentError
    assert exception_named("KeyError") is KeyError


@pytest.mark.parametrize(
    "text",
    [
        "<!-- readme-test: skip (reason) -->\n\n```python\nx = 1\n```\n",  # not right above
        "<!-- readme-test: skip -->\n```python\nx = 1\n```\n",  # no reason
        "<!-- readme-test: maybe (why) -->\n```python\nx = 1\n```\n",  # unknown kind
        "<!-- readme-test: xfail (why) -->\n```sh\nmake\n```\n",  # not a python fence
        "```python\nx = 1\n",  # never closed
    ],
)
def test_a_misplaced_or_malformed_marker_is_an_error(text: str) -> None:
    with pytest.raises(MarkerError):
        read_snippets(text)


def test_a_raises_marker_must_name_an_exception() -> None:
    with pytest.raises(MarkerError):
        exception_named("NoSuchError")
    with pytest.raises(MarkerError):
        exception_named("InvalidArgumentErrorx")

"""The only ways text reaches generated code: `repr()` for plain strings, and the functions here for
the three places `repr()` cannot serve: f-string path templates, docstrings and comments.

All three rest on `escape`, which writes any text as the body of a double-quoted Python literal
using printable characters only: a backslash is doubled, a double quote becomes `\\x22` (never a
`"` that could close the literal, nor one that the formatter would pad with a space), and line
breaks and other unprintable characters become escapes (`\\n`, `\\x00`, `\\u2028`).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable

LINE_LENGTH = 100

_SIMPLE = {"\\": "\\\\", '"': "\\x22", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_PARAM = re.compile(r"\{([^{}]*)\}")


def _char(c: str) -> str:
    if c in _SIMPLE:
        return _SIMPLE[c]
    if c.isprintable():
        return c
    code = ord(c)
    return (
        f"\\x{code:02x}"
        if code < 0x100
        else f"\\u{code:04x}"
        if code < 0x10000
        else f"\\U{code:08x}"
    )


def escape(text: str) -> str:
    """`text` as the body of a double-quoted (or triple-double-quoted) string literal."""
    if text.isprintable() and '"' not in text and "\\" not in text:
        return text
    return "".join(_char(c) for c in text)


def string(text: str) -> str:
    """A double-quoted string literal of `text`."""
    return f'"{escape(text)}"'


def fstring(template: str, expression: Callable[[str], str]) -> str:
    """An f-string for a path template: each `{name}` becomes `{expression(name)}`, everything
    else is literal text (braces in it doubled). Without parameters, a plain string literal."""
    pieces: list[str] = []
    start = 0
    for match in _PARAM.finditer(template):
        pieces.append(_fstring_text(template[start : match.start()]))
        pieces.append("{" + expression(match.group(1)) + "}")
        start = match.end()
    if not pieces:
        return string(template)
    pieces.append(_fstring_text(template[start:]))
    return 'f"' + "".join(pieces) + '"'


def _fstring_text(text: str) -> str:
    return escape(text).replace("{", "{{").replace("}", "}}")


def docstring(text: str, indent: int) -> str:
    """A triple-quoted docstring of `text`, wrapped at spaces to fit the line length at `indent`.

    Unwrapped, its value is `text`; wrapped, some spaces become a line break and indentation.
    Leading and trailing spaces are escaped too, so the formatter cannot strip them.
    """
    body = escape(text)
    stripped = body.strip(" ")
    if stripped != body:
        lead = len(body) - len(body.lstrip(" "))
        trail = len(body) - len(body.rstrip(" "))
        body = "\\x20" * lead + stripped + "\\x20" * trail if stripped else "\\x20" * len(body)
    width = LINE_LENGTH - indent - 6  # room for the quotes, which ruff joins to a one-line text
    if len(body) <= width:
        return f'"""{body}"""'
    pad = " " * indent
    lines = textwrap.wrap(body, width=width, break_long_words=False, break_on_hyphens=False)
    return '"""' + lines[0] + "".join(f"\n{pad}{line}" for line in lines[1:]) + f'\n{pad}"""'


def comment(text: str) -> str:
    """`text` for a `#` comment: on one line whatever it holds."""
    return escape(text)


def docblock(
    summary: str, paragraphs: tuple[str, ...], args: tuple[tuple[str, str], ...], indent: int
) -> str:
    """A triple-quoted docstring of a summary, further paragraphs and an `Args:` section of
    (name, text) entries, each piece escaped as `escape` does and wrapped to the line length.

    Without paragraphs and arguments it is `docstring(summary, indent)`.
    """
    if not paragraphs and not args:
        return docstring(summary, indent)
    pad = " " * indent
    width = LINE_LENGTH - indent
    lines = _wrapped(escape(summary), width - 3, 0)
    lines[0] = '"""' + lines[0]
    for paragraph in paragraphs:
        lines += ["", *_wrapped(escape(paragraph), width, 0)]
    if args:
        lines += ["", "Args:"]
        for name, text in args:
            lines += _wrapped(f"{escape(name)}: {escape(text)}", width - 4, 4, hanging=4)
    lines.append('"""')
    return "\n".join(lines[:1] + [pad + line if line else "" for line in lines[1:]])


def _wrapped(text: str, width: int, indent: int, hanging: int = 0) -> list[str]:
    first, rest = " " * indent, " " * (indent + hanging)
    return textwrap.wrap(
        text.strip(" ") or "\\x20",
        width=width,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    )


def markdown(text: str) -> str:
    """`text` as Markdown inline text on one line, fit for a table cell: printed as written,
    never read as markup (`*`, `|`, `<`, `[` and the like are backslash-escaped)."""
    return re.sub(r"([\\`*_{}\[\]<>#|~&])", r"\\\1", escape(text))


def markdown_code(text: str) -> str:
    """`text` as a Markdown code span on one line, fit for a table cell: a fence of more
    backticks than any run in it, and `|` escaped (a table's cells are split on `|` first)."""
    body = escape(text).replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", body)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if body.startswith("`") or body.endswith("`") or longest else ""
    return f"{fence}{pad}{body}{pad}{fence}"


def markdown_prose(text: str) -> str:
    """Generated prose as Markdown on one line: its own `code spans` kept as code spans (each
    made with `markdown_code`), the text between them escaped with `markdown`."""
    pieces = re.split(r"`([^`]*)`", text)
    return "".join(
        markdown_code(piece) if odd else markdown(piece)
        for odd, piece in ((i % 2 == 1, p) for i, p in enumerate(pieces))
    )

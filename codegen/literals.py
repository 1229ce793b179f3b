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

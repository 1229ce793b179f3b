"""Loading the OpenAPI documents of a folder and telling which API each one describes.

Every `*.yml` / `*.yaml` file below the folder is read, in sorted order of its path relative to the
folder, with a YAML loader that keeps timestamps as text (PyYAML's safe loader would turn an
unquoted `2023-01-01` into a `date`, which no JSON schema value can be).

A document's kind comes from its first `servers` URL:

| kind | server URL |
|---|---|
| `v2` | `https://<host>/stores/{store_hash}/v2[/...]` (the REST management API, version 2) |
| `v3` | `https://<host>/stores/{store_hash}/v3[/...]` (the REST management API, version 3) |
| `storefront` | `https://{store_domain}...` (called from a shopper's browser) |
| `provider` | `https://{app_domain}...` (implemented by an app, called by BigCommerce) |
| `payments` | `https://payments.bigcommerce.com/stores/{store_hash}` (the payments gateway) |
| `other` | anything else |

Only `v2` and `v3` documents hold management operations; the file name plays no part (a file named
`*.sf.yml` served from the v3 management root is a v3 document). The payments gateway's operations
are imported too, read as v3 ones (JSON, the same conventions), each marked with its server: the
client sends them to the gateway with a payment access token (see runtime/_credentials.py).
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

from ..spec_loader import SpecError, read_yaml

Kind = Literal["v2", "v3", "storefront", "provider", "payments", "other"]

_MANAGEMENT = re.compile(r"^https?://[^/]+/stores/\{store_hash\}/(v2|v3)(/.*)?$")
_STOREFRONT = re.compile(r"^https?://\{store_domain\}")
_PROVIDER = re.compile(r"^https?://\{app_domain\}")
_PAYMENTS = re.compile(r"^https://payments\.bigcommerce\.com/stores/\{store_hash\}/?$")
_HOST = re.compile(r"^(?:[a-z]+://)?([^/]*)")

_BASE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _TextTimestampLoader(_BASE_LOADER):  # type: ignore[valid-type,misc]
    """The safe loader (C-accelerated when available), reading timestamps as plain strings."""


_TextTimestampLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str
)


@dataclass(frozen=True)
class Document:
    """One OpenAPI document: where it is, what it describes, and its parsed content."""

    file: str  # path relative to the documents folder, with `/` separators
    kind: Kind
    server: str  # the first server URL ("" when the document names none)
    data: Mapping[str, Any]

    @property
    def management(self) -> bool:
        return self.kind in ("v2", "v3")

    @property
    def imported(self) -> bool:
        """Whether its operations become methods of the client: management or payments."""
        return self.management or self.kind == "payments"

    @property
    def root_suffix(self) -> str:
        """What the server URL adds after `/v2` or `/v3` (usually ""), to prefix every path with."""
        match = _MANAGEMENT.match(self.server)
        return (match.group(2) or "").rstrip("/") if match else ""

    @property
    def host(self) -> str:
        match = _HOST.match(self.server)
        return match.group(1) if match else ""


def load_yaml(path: Path, name: str | None = None) -> Any:
    """Parse one YAML file; timestamps stay strings. Malformed, deeply nested or aliased YAML is
    a `SpecError` naming the file (`name`, or the path)."""
    return read_yaml(path, name or path.as_posix(), _TextTimestampLoader)


def server_url(data: Mapping[str, Any]) -> str:
    servers = data.get("servers")
    if isinstance(servers, list) and servers and isinstance(servers[0], dict):
        url = servers[0].get("url")
        if isinstance(url, str):
            return url.strip()
    return ""


def classify(url: str) -> Kind:
    """The kind of API served at `url` (see the module docstring)."""
    match = _MANAGEMENT.match(url)
    if match:
        return "v2" if match.group(1) == "v2" else "v3"
    if _STOREFRONT.match(url):
        return "storefront"
    if _PROVIDER.match(url):
        return "provider"
    if _PAYMENTS.match(url):
        return "payments"
    return "other"


def document_files(folder: Path) -> list[Path]:
    """The YAML files below `folder`, sorted by their relative path."""
    files = [p for p in folder.rglob("*") if p.is_file() and p.suffix in (".yml", ".yaml")]
    return sorted(files, key=lambda p: p.relative_to(folder).as_posix())


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cycle collector: parsing creates some 10^5 containers that all stay alive, and
    the collector would scan them again and again (a third of the parsing time) for nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_documents(folder: str | Path) -> tuple[Document, ...]:
    """Every OpenAPI document below `folder`, classified, in sorted order."""
    root = Path(folder)
    if not root.is_dir():
        raise SpecError(str(root), "", "not a folder of OpenAPI documents")
    documents = []
    with _collector_paused():
        for path in document_files(root):
            file = path.relative_to(root).as_posix()
            data = load_yaml(path, file)
            if not isinstance(data, dict) or "openapi" not in data:
                continue  # not an OpenAPI document (a stray config file, say)
            url = server_url(data)
            documents.append(Document(file, classify(url), url, data))
    return tuple(documents)


def exclusion_reason(document: Document) -> str:
    """Why the operations of a non-management document are left out, in a few words."""
    if document.kind == "storefront":
        return "storefront API"
    if document.kind == "provider":
        return "provider API (the app implements it)"
    if document.kind == "other":
        return f"not the management API ({document.host or 'no server'})"
    return ""

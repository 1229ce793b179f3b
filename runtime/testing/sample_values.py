"""Plausible field values, chosen by a field's name and type, for seeding and for tests.

Nothing here knows a resource: names are read as hints (`email`, `sku`, `first_name`, `price`, a
field ending in `_id` that names another collection), and types decide the rest. The same seed
gives the same values.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import cache
from typing import Any

from .route_types import ModelField, list_item, model_name
from .schema import plural_forms
from .values import format_decimal, format_iso, format_rfc2822

__all__ = ["SampleValues", "collection_key"]

_ADJECTIVES = ("Sturdy", "Bright", "Quiet", "Rustic", "Swift", "Golden", "Plain", "Bold")
_NOUNS = ("Chair", "Lantern", "Kettle", "Notebook", "Backpack", "Blanket", "Mug", "Clock")
_FIRST = ("Ada", "Bela", "Chen", "Dara", "Emil", "Farah", "Goran", "Hana", "Ivo", "June")
_LAST = ("Stone", "Rivera", "Okafor", "Lindqvist", "Tanaka", "Moreau", "Novak", "Quinn")
_CITIES = ("Austin", "Leeds", "Porto", "Osaka", "Tartu", "Perth")
_WORDS = ("simple", "useful", "handmade", "classic", "light", "durable", "warm", "compact")
_TEXT_HINTS = ("description", "text", "body", "content", "message", "comment", "note", "review")
_IMAGE_HINTS = ("image", "thumbnail", "zoom", "standard", "tiny", "picture")
_EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
_MAX_DEPTH = 2


def collection_key(path: str) -> str:
    """The name a collection is referred to by: the last segment of its path (`brands`)."""
    return path.rsplit("/", 1)[-1]


class SampleValues:
    """Makes objects of a model; `references` maps collection keys to ids that exist (or will).
    Values are in `api`'s form (see `values`): v3 money as numbers and datetimes in ISO 8601."""

    def __init__(
        self,
        models: Mapping[str, tuple[ModelField, ...]],
        rng: random.Random,
        references: Mapping[str, list[int]] | None = None,
        api: str = "v2",
    ) -> None:
        self.models = models
        self.rng = rng
        self.references: dict[str, list[int]] = dict(references or {})
        self.api = api
        self._makers: dict[str, Callable[[str, int], Any]] = {
            "int": self._int,
            "float": self._float,
            "decimal": self._decimal,
            "bool": self._bool,
            "datetime": self._datetime,
            "date": self._date,
            "str": self._str,
            "any": self._str,
            "object": lambda name, n: {},
            "bytes": self._str,
        }

    def object(
        self,
        model: str,
        n: int,
        *,
        verb: str | None = None,
        skip: frozenset[str] = frozenset(),
    ) -> dict[str, Any]:
        """Object number `n` of `model`, without `id` and the fields in `skip`: every field as the
        API shows it, or (`verb` "create" or "update") a request body of the fields that verb may
        write, in their request types."""
        return self._object(model, n, verb, skip | {"id"}, 0)

    def _object(
        self, model: str, n: int, verb: str | None, skip: frozenset[str], depth: int
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for field in self.models.get(model, ()):
            if field.wire in skip or (verb is not None and not field.writable(verb)):
                continue
            out[field.wire] = self.value(field, n, verb, depth)
        return out

    def value(self, field: ModelField, n: int, verb: str | None = None, depth: int = 0) -> Any:
        """A value for `field` on object number `n` (in its request type when `verb` is set)."""
        type_text = field.body_type if verb is not None else field.type
        if field.enum:  # of the field, or of the items of a list field
            choice = self.rng.choice(field.enum)
            return [choice] if list_item(type_text) is not None else choice
        name = field.wire.lower()
        item = list_item(type_text)
        if item is not None:
            return self._list(name, item, n, verb, depth)
        target = model_name(type_text)
        if target is not None:
            if depth >= _MAX_DEPTH:
                return None if field.nullable else {}
            return self._object(target, n, verb, frozenset(), depth + 1)
        return self._scalar(name, type_text, n)

    def _list(self, name: str, item: str, n: int, verb: str | None, depth: int) -> list[Any]:
        if list_item(item) is not None:
            return []  # a list of lists
        if item == "int":
            ids = self._ids_for(name)
            if ids:
                return sorted(self.rng.sample(ids, min(len(ids), self.rng.randint(1, 2))))
            return []
        if model_name(item) is not None and depth < _MAX_DEPTH:
            return [self._object(item, n, verb, frozenset(), depth + 1)]
        if model_name(item) is None and item not in ("any", "object"):
            return [self._scalar(name, item, n)]
        return []

    def _ids_for(self, name: str) -> list[int]:
        stem = name[: -len("_id")] if name.endswith("_id") else name
        for key in plural_forms(stem):
            ids = self.references.get(key)
            if ids:
                return ids
        return []

    def _scalar(self, name: str, type_text: str, n: int) -> Any:
        maker = self._makers.get(type_text)
        return maker(name, n) if maker is not None else None

    def _int(self, name: str, n: int) -> int:
        ids = self._ids_for(name) if name.endswith("_id") else []
        if ids:
            return self.rng.choice(ids)
        if "sort" in name or "order" in name:
            return n
        if "year" in name:
            return 2020 + n % 6
        if name == "time" or "timestamp" in name:
            return int(_EPOCH.timestamp()) + 3600 * n
        return self.rng.randint(0, 100)

    def _float(self, name: str, n: int) -> float:
        return round(self.rng.uniform(0, 100), 2)

    def _decimal(self, name: str, n: int) -> str | float:
        if "weight" in name or "width" in name or "height" in name or "depth" in name:
            number = self.rng.uniform(0.1, 20)
        elif any(w in name for w in ("price", "cost", "total", "amount", "value")):
            number = self.rng.randint(100, 50_000) / 100
        else:
            number = self.rng.uniform(0, 100)
        if self.api == "v3":
            return round(number, 2)
        return format_decimal(Decimal(str(round(number, 2))))

    def _bool(self, name: str, n: int) -> bool:
        likely = any(w in name for w in ("visible", "enabled", "active", "default"))
        return self.rng.random() < (0.85 if likely else 0.5)

    def _datetime(self, name: str, n: int) -> str:
        moment = _EPOCH + dt.timedelta(hours=7 * n, minutes=self.rng.randint(0, 59))
        return format_iso(moment) if self.api == "v3" else format_rfc2822(moment)

    def _date(self, name: str, n: int) -> str:
        return (_EPOCH + dt.timedelta(days=n)).date().isoformat()

    def _str(self, name: str, n: int) -> str:
        kind = _text_kind(name)
        first, last = _FIRST[n % len(_FIRST)], _LAST[(n // len(_FIRST)) % len(_LAST)]
        if kind == "email":
            return f"{first}.{last}{n}@example.com".lower()
        if kind == "first_name":
            return first
        if kind == "last_name":
            return last
        if kind == "title":
            return f"{self.rng.choice(_ADJECTIVES)} {self.rng.choice(_NOUNS)} {n}"
        if kind == "text":
            return " ".join(self.rng.choice(_WORDS) for _ in range(6)).capitalize() + "."
        if kind == "path":
            return f"/{_NOUNS[n % len(_NOUNS)].lower()}-{n}/"
        return _FIXED_TEXT.get(kind, "{words} {n}").format(
            n=n, n100=n % 100, last=last, city=_CITIES[n % len(_CITIES)], words=kind
        )


#: Texts by kind of field; `_text_kind` names the kind (or returns the field's words).
_FIXED_TEXT = {
    "phone": "555-01{n100:02d}",
    "sku": "SKU-{n:05d}",
    "company": "{last} & Co",
    "city": "{city}",
    "postcode": "{n}",
    "iso2": "US",
    "country": "United States",
    "currency": "USD",
    "image": "https://cdn.example.com/images/sample-{n}.jpg",
    "code": "CODE{n:04d}",
}


@cache
def _text_kind(name: str) -> str:
    """What a text field named `name` holds, judged by its name (see `_FIXED_TEXT`)."""
    rules: list[tuple[str, bool]] = [
        ("email", "email" in name),
        ("first_name", name == "first_name"),
        ("last_name", name == "last_name"),
        ("phone", "phone" in name),
        ("sku", "sku" in name),
        ("company", "company" in name),
        ("city", "city" in name),
        ("postcode", "zip" in name or "post" in name),
        ("iso2", "iso2" in name or name == "country_code"),
        ("country", "country" in name),
        ("currency", "currency" in name),
        ("image", any(w in name for w in _IMAGE_HINTS) or name.endswith("_file")),
        ("path", "url" in name),
        ("title", name in ("name", "title") or name.endswith("_name")),
        ("text", any(w in name for w in _TEXT_HINTS)),
        ("code", "code" in name),
    ]
    for kind, matches in rules:
        if matches:
            return kind
    return name.replace("_", " ")

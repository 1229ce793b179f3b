"""The one place names are made: valid, non-reserved Python identifiers, class and module names.

Three snake_case rules live here, each kept for the names it has always made (changing one would
rename generated code): `snake` for modules of models and resources (any run of other characters
becomes `_`, and `HTTPCode` -> `http_code`); `attribute` for the client's attributes from URL
segments (as `snake` but without splitting acronyms, and never a keyword or a leading digit); and
`param_snake` for path parameters (only camelCase and `-` change: `customerID` -> `customer_id`).
"""

from __future__ import annotations

import hashlib
import keyword
import re
from collections.abc import Container
from functools import cache

#: Attributes of pydantic's BaseModel (and of our ApiModel) that a field must not shadow.
MODEL_RESERVED = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "fields",
        "from_orm",
        "get",
        "json",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
    }
)


def snake(name: str) -> str:
    """`ProductCustomFields` -> `product_custom_fields`; `blog/posts` -> `blog_posts`."""
    name = re.sub(r"[^0-9A-Za-z]+", "_", name)
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    name = re.sub(r"(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    return name.strip("_").lower()


def resource_module(name: str) -> str:
    """The module of a resource class: `ProductCustomFields` -> `product_custom_fields`."""
    return snake(name)


def attribute(segment: str) -> str:
    """A client attribute for a URL segment: `payment_actions`, `validate-credentials` ->
    `validate_credentials`, `imex` as is; a leading digit gets `n_`, a keyword a trailing `_`."""
    name = re.sub(r"[^0-9A-Za-z]+", "_", segment)
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).strip("_").lower()
    name = name if name and not name[0].isdigit() else f"n_{name}"
    return name + "_" if keyword.iskeyword(name) else name


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def param_snake(name: str) -> str:
    """A path parameter's name: `cartId` -> `cart_id`; `promotion-id` -> `promotion_id`."""
    return _CAMEL.sub("_", name).replace("-", "_").lower()


def words(operation_id: str) -> list[str]:
    """`createProductImage` / `get-pickup` -> ['create', 'product', 'image'] / ['get', 'pickup']."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|[^0-9A-Za-z]+", " ", operation_id)
    return [w.lower() for w in spaced.split()]


def operation_method_name(operation_id: str) -> str:
    """A method named for its operation: `createProductImage` -> `create_product_image`."""
    return "_".join(words(operation_id))


def unclashed(name: str, taken: Container[str]) -> str:
    """`name`, with as many trailing `_` as keep it out of `taken`: `get` -> `get_`."""
    while name in taken:
        name += "_"
    return name


def node_class_name(version: str, chain: tuple[str, ...]) -> str:
    """`V3CatalogProducts`; v2 chains start with `v2` (`api.v2.shipping.zones`)."""
    parts = chain[1:] if chain[:1] == (version,) else chain
    return version.upper() + "".join(part.title().replace("_", "") for part in parts)


def query_typeddict_name(owner: str, verb: str) -> str:
    """The query parameters' TypedDict of a node method: `V3CatalogProducts` `all` ->
    `V3CatalogProductsAllQuery`."""
    return f"{owner}{verb.title().replace('_', '')}Query"


def filters_typeddict_name(resource: str) -> str:
    """The query filters' TypedDict of an old client's resource: `Products` -> `ProductsFilters`."""
    return f"{resource}Filters"


def range_filter_keys(name: str) -> list[str]:
    """The keys of a range filter: `price` -> `price`, `min_price`, `max_price`."""
    return [name, f"min_{name}", f"max_{name}"]


def body_typeddict_name(model: str, verb: str) -> str:
    """The request body's TypedDict of a model for `create` or `update`: `ProductCreate`."""
    return f"{model}{verb.capitalize()}"


def body_typeddict_model(name: str) -> tuple[str, str] | None:
    """The other way: (model, verb) a request TypedDict's name is made of
    (`V3BrandCreateBodyCreate` -> `V3BrandCreateBody`, `create`); None for another name."""
    for verb in ("create", "update"):
        model = name.removesuffix(verb.capitalize())
        if model and model != name:
            return model, verb
    return None


def model_type_names(model: str) -> set[str]:
    """The names a model takes: its class and its request TypedDicts (`Product`,
    `ProductCreate`, `ProductUpdate`)."""
    return {model, body_typeddict_name(model, "create"), body_typeddict_name(model, "update")}


def document_version(source: str) -> str:
    """The version prefix of a schema from document `source` (a path, maybe with a `#` pointer):
    `orders.v2.oas2.yml#/definitions/Order` -> `V2`; any other document's -> `V3`."""
    return "V2" if ".v2" in source.split("#")[0] else "V3"


def versioned_model_name(version: str, name: str) -> str:
    """An imported model's name moved aside from a hand-written one: `V3` `Product` ->
    `V3Product`."""
    return f"{version}{name}"


def unversioned_model_name(version: str, name: str) -> str:
    """The name `versioned_model_name` moved aside, back: `v3` `V3Product` -> `Product`; any
    other name as it is."""
    prefix = version.upper()
    rest = name.removeprefix(prefix)
    return rest if rest != name and rest[:1].isupper() else name


def numbered_name(base: str, n: int) -> str:
    """The `n`th try at a name that clashes: `Metafield_Put` 2 -> `MetafieldPut2`."""
    return f"{base.replace('_', '')}{n}"


def operation_constant(verb: str) -> str:
    """The class constant describing a node method's operation: `get` -> `_op_get`."""
    return f"_op_{verb}"


#: The per-call options every generated method takes, after its own arguments: a way around
#: whatever the documents get wrong (see runtime/_request.py `Extras`).
EXTRA_OPTIONS = ("extra_headers", "extra_query", "extra_body")


def header_argument(wire: str) -> str:
    """The keyword argument for a header parameter: `Sf-Api-Token` -> `sf_api_token`."""
    return identifier(wire.replace("-", "_").lower())


def query_key(wire: str) -> str:
    """The keyword argument for a query parameter: `id:in` -> `id__in`."""
    return wire.replace(":", "__")


#: A run of the characters schema names are made of (a text without one names nothing).
WORD = re.compile(r"[A-Za-z0-9]+")
_LEADING_DIGITS = re.compile(r"^(\d+)_?(.*)$")
_FIRST_WORD = re.compile(r"^[A-Z][a-z]*")


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def schema_class_name(raw: str, joiner: str = "") -> str:
    """A valid PascalCase class name for an OpenAPI schema's name or place (`301RedirectRead` ->
    `Redirect301Read`)."""
    name = joiner.join(_cap(word) for word in WORD.findall(raw))
    match = _LEADING_DIGITS.match(name)
    if match:
        digits, rest = match.groups()
        rest = _cap(rest)
        head = _FIRST_WORD.match(rest)
        if head is None:
            name = "Schema" + digits + rest
        else:
            name = head.group(0) + digits + rest[head.end() :]
    if not name:
        name = "Schema"
    return name + "_" if keyword.iskeyword(name) else name


def schema_part_name(raw: str) -> str:
    """A name piece for a property or parameter: PascalCase, possibly starting with a digit."""
    return "".join(_cap(word) for word in WORD.findall(raw)) or "Field"


def suffixed(name: str, suffix: str) -> str:
    """`name` ending in `suffix`: `Cart` `Request` -> `CartRequest`; `CartRequest` stays."""
    return name if name.endswith(suffix) else name + suffix


def numbered_unused(name: str, taken: set[str]) -> str:
    """`name` with the first number from 2 up that makes it not `taken`: `Cart` -> `Cart2`."""
    number = 2
    while f"{name}{number}" in taken:
        number += 1
    return f"{name}{number}"


def body_component_schema_name(component: str, response: bool) -> str:
    """The schema of a shared response or request body: `Cart` -> `CartResponse` / `CartRequest`
    (a name already ending so stays)."""
    return suffixed(schema_class_name(component), "Response" if response else "Request")


def unnamed_operation_schema_name(method: str, path: str) -> str:
    """The name piece of an operation without a usable operationId: `get` `/carts/{id}` ->
    `GetCartsId`."""
    return schema_class_name(f"{method} {path}")


def file_prefix(path: str) -> str:
    """The name of a document for prefixing its schemas' names: `catalog/products_catalog.v3.yml`
    -> `ProductsCatalogV3`, `orders.v2.oas2.yml` -> `OrdersV2`."""
    return schema_class_name(re.sub(r"(\.oas2)?\.ya?ml$", "", path))


def file_prefixed_name(prefix: str, name: str) -> str:
    """A schema name shared by different schemas, prefixed with its file's: `CartsV3` `Cart` ->
    `CartsV3Cart`."""
    return prefix + name


def request_schema_name(operation: str) -> str:
    """The inline request body schema of an operation: `CreateCart` -> `CreateCartRequest`."""
    return operation + "Request"


def response_schema_suffix(status: str, first_success: bool) -> str:
    """What names an operation's inline response schema: `Response` for its first 2xx answer,
    `Response201` for another."""
    return "Response" if first_success else f"Response{status}"


_SCHEMA_COMBINERS = frozenset({"allOf", "oneOf", "anyOf"})


def nested_schema_name(rest: tuple[str, ...]) -> str:
    """The name pieces a path inside a schema adds: a property's name, `Item` for a list's items,
    `Value` for a map's values; `allOf` / `oneOf` / `anyOf` add nothing."""
    pieces = []
    index = 0
    while index < len(rest):
        segment = rest[index]
        if segment == "properties" and index + 1 < len(rest):
            pieces.append(schema_part_name(rest[index + 1]))
            index += 2
        elif segment in _SCHEMA_COMBINERS and index + 1 < len(rest):
            index += 2
        elif segment == "items":
            pieces.append("Item")
            index += 1
        elif segment == "additionalProperties":
            pieces.append("Value")
            index += 1
        else:
            pieces.append(schema_part_name(segment))
            index += 1
    return "".join(pieces)


def identifier(name: str, reserved: frozenset[str] = frozenset()) -> str:
    """A valid public attribute name for `name`: invalid characters become `_`, leading `_` go,
    a leading digit gets `field_`, and keywords, reserved names and `model_*` get a trailing `_`."""
    ident = re.sub(r"\W", "_", name, flags=re.ASCII).lstrip("_")  # `_x` would be private
    if not ident or ident[0].isdigit():
        ident = "field_" + ident
    if keyword.iskeyword(ident) or ident in reserved or ident.startswith("model_"):
        ident += "_"
    return ident


def is_plain_key(name: str) -> bool:
    """True when `name` can be a TypedDict key in class syntax (a non-keyword identifier)."""
    return name.isidentifier() and not keyword.iskeyword(name)


def class_name(name: str) -> str:
    """A model or resource name from a spec, checked to be a usable class name."""
    if not (is_plain_key(name) and name[0].isupper()):
        raise ValueError(f"{name!r} is not a valid class name (letters, digits, _; capitalised)")
    return name


@cache
def model_module(name: str) -> str:
    """The module of a model: its snake_case name, shortened (with a digest) when very long."""
    module = snake(name)
    if len(module) <= 60:
        return module
    return f"{module[:50].rstrip('_')}_{hashlib.sha1(name.encode()).hexdigest()[:8]}"


def model_module_path(name: str) -> str:
    """Where a model is imported from, as seen from a module of a subpackage of the generated
    package: `Product` -> `..models.product`."""
    return f"..models.{model_module(name)}"


# Public model names of the imported API (codegen/openapi/consolidate.py; spec/README.md,
# "Model names"). A name is made of words: an object, then what narrows it.

#: Longest public model name.
MAX_MODEL_NAME = 40
#: Words that say how a document stores a schema, not what it is: dropped from the end of a
#: component's name (`productFull` -> `Product`, `brand_Full` -> `Brand`).
_NOISE = frozenset(
    {"full", "base", "response", "data", "model", "schema", "object", "obj", "resp", "get",
     "post", "put", "read", "write", "request", "req", "res"}
)  # fmt: skip
_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def name_words(raw: str) -> list[str]:
    """`productFull` -> ['product', 'Full']; `bulk_rules` -> ['bulk', 'rules']."""
    return _WORDS.findall(raw)


def _pascal(words: list[str]) -> str:
    return "".join(w[:1].upper() + w[1:] for w in words)


def singular(word: str) -> str:
    """`categories` -> `category`, `addresses` -> `address`, `products` -> `product`."""
    lower = word.lower()
    if lower.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if lower.endswith(("sses", "xes", "ches", "shes", "uses")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


#: Noise words that are also a name's own words (`blogPost`): noise only as a `_` piece.
_VERBS = frozenset({"get", "post", "put"})


def _split_noise(raw: str) -> tuple[list[str], list[str]]:
    """A component's name as (its words, the noise words at its end): trailing numbers and the
    words of `_NOISE` go, the verbs `Get`, `Post`, `Put` only as pieces of their own
    (`customerGroup_Post_Put`) or as the name's last word (`LineItemsGet`), not inside a word
    (`blogPost_Full` -> `BlogPost`)."""
    pieces = [name_words(piece) for piece in raw.split("_")]
    pieces = [piece for piece in pieces if piece]
    dropped: list[str] = []

    def noise(word: str, own_piece: bool) -> bool:
        lower = word.lower()
        return word.isdigit() or (lower in _NOISE and (own_piece or lower not in _VERBS))

    while len(pieces) > 1 and all(noise(w, len(pieces[-1]) == 1) for w in pieces[-1]):
        dropped[:0] = pieces.pop()
    words = pieces[0] if len(pieces) == 1 else [w for piece in pieces for w in piece]
    while len(words) > 1 and noise(words[-1], not dropped):
        dropped.insert(0, words.pop())
    return words, [w.lower() for w in dropped if not w.isdigit()]


def cleaned_schema_name(raw: str) -> str:
    """A component's name without the words that say how it is stored, and without trailing
    numbers: `productFull` -> `Product`, `metafield_Full` -> `Metafield`."""
    return schema_class_name(_pascal(_split_noise(raw)[0]))


def node_object_name(key: str, area_is_object: bool = False) -> str:
    """The object of a collection, from its path (`catalog/products/{}/images` ->
    `ProductImage`, `customers/addresses` -> `CustomerAddress`): its last two fixed segments,
    each singular, without the area (the first segment) when the area is only a folder
    (`catalog`, `settings`), not a collection itself (`customers`, `carts`)."""
    fixed = [s for s in key.split("/") if s and s != "{}"]
    if len(fixed) > 1 and not area_is_object:
        fixed = fixed[1:]
    words = []
    for segment in fixed[-2:]:
        part = name_words(segment)
        if part:
            part[-1] = singular(part[-1])
        words += part
    return schema_class_name(_pascal(words) or "Object")


def area_object_name(key: str, name: str) -> str:
    """`name` narrowed by its area: `customers` `Metafield` -> `CustomerMetafield`."""
    area = next((s for s in key.split("/") if s and s != "{}"), "")
    words = name_words(area)
    prefix = _pascal([*words[:-1], singular(words[-1])]) if words else ""
    return name if name.startswith(prefix) else prefix + name


def body_model_name(obj: str, verb: str, item: bool) -> str:
    """A request body, named for its call: `Product` `create` -> `ProductCreate`, `update_many`
    with a list body -> `ProductUpdateManyItem`."""
    return obj + _pascal(name_words(verb)) + ("Item" if item else "")


def nested_model_name(parent: str, field: str) -> str:
    """An object inside another: `Product` `custom_url` -> `ProductCustomUrl`; the items of a
    list field are singular: `Cart` `line_items item` -> `CartLineItem`; a field starting with
    the parent's last word does not repeat it: `Meta` `meta_pagination` -> `MetaPagination`."""
    words = name_words(field)
    if words and words[-1] == "item" and len(words) > 1:
        words = words[:-1]
        words[-1] = singular(words[-1])
    last = name_words(parent)[-1:]
    if words and last and words[0].lower() == last[0].lower():
        words = words[1:]
    return parent + _pascal(words)


def unstuttered(name: str) -> str:
    """`name` without words that repeat the ones just before them: `ProductOptionOptionValue`
    -> `ProductOptionValue`, `CustomerCustomer` -> `Customer`, `LineItemsLineItems` ->
    `LineItems`."""
    out: list[str] = []
    for word in name_words(name):
        out.append(word)
        for size in (1, 2, 3):
            if len(out) >= 2 * size and _lower(out[-size:]) == _lower(out[-2 * size : -size]):
                del out[-size:]
                break
    return schema_class_name(_pascal(out)) if out else name


def _lower(words: list[str]) -> list[str]:
    return [w.lower() for w in words]


#: What the words `cleaned_schema_name` drops say about a schema's side, and the word that
#: tells it apart from the object's plain name: sent (`Input`) or answered (`Response`).
_REQUEST_WORDS = frozenset({"post", "put", "write", "request", "req"})
_ANSWER_WORDS = frozenset({"full", "response", "resp", "res", "get", "read"})
#: Words for the document's copies of a schema one level deeper (`AndItemMatcher2`, `...3`).
NESTING_WORDS = ("Nested", "Inner")


def dropped_words(raw: str) -> list[str]:
    """The words `cleaned_schema_name` drops from a component's name, lower case:
    `product_Base_PUT` -> ['base', 'put']; numbers do not count."""
    return _split_noise(raw)[1]


def side_words(dropped: list[str], sent: bool) -> list[str]:
    """The words that tell a schema apart by its side, best first, from the words its name drops
    (`dropped_words`): a request's (`Post`, `Put`, ...) -> `Input` (then `CreateInput` or
    `UpdateInput`), an answer's (`Full`, `Response`, ...) -> `Response`, `Base` alone -> `Input`
    when the schema is sent in a request (`sent`), else `Base`."""
    found = set(dropped)
    if found & _REQUEST_WORDS:
        extra = [w for v, w in (("post", "CreateInput"), ("put", "UpdateInput")) if v in found]
        return ["Input", *extra]
    if found & _ANSWER_WORDS:
        return ["Response"]
    if "base" in found:
        return ["Input" if sent else "Base"]
    return []


_DOCUMENT_TAIL = re.compile(r"(\.v\d+)?(\.oas2)?(\.sf)?\.ya?ml$")


def document_subject(file: str) -> str:
    """What a document is about, as a name prefix: `storefront_tokens.v3.yml` ->
    `StorefrontToken`, `catalog/product-variants_catalog.v3.yml` -> `ProductVariant` (the
    folder's name repeated at the end goes), `orders.v3.yml` -> `Order`."""
    folder, _, base = file.rpartition("/")
    words = name_words(_DOCUMENT_TAIL.sub("", base))
    if folder and len(words) > 1 and words[-1].lower() == folder.rsplit("/", 1)[-1].lower():
        words.pop()
    if words:
        words[-1] = singular(words[-1])
    return _pascal(words)


def subject_name(subject: str, name: str) -> str:
    """`name` narrowed by a document's subject (`document_subject`): `StorefrontToken` `Channel`
    -> `StorefrontTokenChannel`; a name that starts with the subject stays."""
    return name if not subject or name.startswith(subject) else subject + name


def fitted_name(name: str) -> str:
    """`name` at most `MAX_MODEL_NAME` long: words after the first are dropped from the middle,
    and a trailing number goes (no public name ends in one)."""
    words = name_words(name)
    while len(words) > 1 and words[-1].isdigit():
        words.pop()
    while len(_pascal(words)) > MAX_MODEL_NAME and len(words) > 2:
        del words[1]
    return schema_class_name(_pascal(words)[:MAX_MODEL_NAME])


_ALTERNATES = ("Alt", "Other", "Extra", "Variant", "Form", "Kind", "Shape", "Version")


def last_resort_name(name: str, taken: set[str]) -> str:
    """A free name for a second, different object that the rule names alike: a word is added
    (`Alt`, `Other`, ...), never a number."""
    for word in _ALTERNATES:
        candidate = fitted_name(name[: MAX_MODEL_NAME - len(word)] + word)
        if candidate not in taken:
            return candidate
    for first in _ALTERNATES:
        for second in _ALTERNATES:
            candidate = fitted_name(name[: MAX_MODEL_NAME - 12] + first + second)
            if candidate not in taken:
                return candidate
    raise ValueError(f"no free name for {name!r}")


def enum_alias_name(owner: str, field: str) -> str:
    """A large enum's alias, named for where it is used: `Product` `include_fields` ->
    `ProductIncludeField` (the field's last word singular), at most `MAX_MODEL_NAME` long."""
    words = name_words(field)
    if words:
        words[-1] = singular(words[-1])
    return fitted_name(owner + _pascal(words or ["Value"]))


def body_public_candidates(model: str, verb: str, named_body: str | None) -> list[str]:
    """Names for the `verb` request body of the model publicly named `model` when that name is
    not the body's, best first (spec/README.md, "Model names", rule 2): where `model` names the
    model's `named_body` body (a schema only ever sent), its last verb word swapped
    (`MetafieldCreate` -> `MetafieldUpdate`, `PriceListRecordCreateManyItem` ->
    `PriceListRecordUpdateManyItem`) or, without one, the verb added; else (an answered model)
    `Body` added (`CatalogUpdate` -> `CatalogUpdateBody`); then with `Body` (after the verb), then
    `Input`. A name too long loses the model's last words before the suffix
    (`ProductCategoryAssignmentUpdateManyItem` -> `ProductCategoryAssignmentUpdateManyBody`)."""
    word = verb.capitalize()  # as `body_typeddict_name` spells it
    words = name_words(model)
    if named_body is not None:
        other = named_body.capitalize()
        if other in words[1:]:
            at = len(words) - 1 - words[::-1].index(other)
            swapped = [*words[:at], word, *words[at + 1 :]]
            tries = [(swapped, ""), (swapped, "Body")]
        else:
            tries = [(words, word), (words, word + "Body")]
    else:
        tries = [(words, "Body"), (words, word + "Body"), (words, "Input")]
    return [unstuttered(_fitted_before(head, tail)) for head, tail in tries]


def _fitted_before(words: list[str], tail: str) -> str:
    """`words` then `tail`, at most `MAX_MODEL_NAME` long: words dropped from the end of
    `words`."""
    head = list(words)
    while len(_pascal(head) + tail) > MAX_MODEL_NAME and len(head) > 1:
        head.pop()
    return schema_class_name(_pascal(head) + tail)

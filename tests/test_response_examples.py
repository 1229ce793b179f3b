"""The response examples in BigCommerce's documents parse into the generated result models.

Every 2xx JSON example of a management operation (`codegen.openapi.examples`) is served by the
recording server as the answer to the operation's indexed call (`bigcommerce.operations()`); the
call must return a value of the indexed result type, validated strictly: the SDK must not fall
back to keeping the answer unvalidated (`_parse._salvaged` logs a warning on the "bigcommerce"
logger when it does) nor meet an object without its id (a `ResponseShapeWarning`). Envelope
results get the example as the whole `{data, meta}` body.

An operation whose example cannot parse is either wrong in the documents (`DOCUMENT_ERRORS`) or
meets a known problem of the SDK (`SDK_PROBLEMS`). Both lists are checked both ways: the test fails
when a listed operation passes (take it off the list), fails for another reason than the one
listed, or when an operation that is not listed fails.
"""

from __future__ import annotations

import inspect
import logging
import os
import re
import textwrap
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bigcommerce import ResponseShapeWarning, operations
from bigcommerce.api import BigcommerceApi
from codegen.openapi.documents import load_documents
from codegen.openapi.examples import read_examples

from .conftest import ACCESS_TOKEN, CLIENT_ID, STORE_HASH
from .index_types import index_type
from .recording_server import RecordingServer
from .test_whole_api import _arguments, _resolve

DOCS = os.environ.get("BIGCOMMERCE_OPENAPI_DIR")


@dataclass(frozen=True)
class Reason:
    why: str  # one line
    symptom: str  # what the SDK says when it meets such an example (part of the failure message)


# -- Examples wrong in the documents themselves ---------------------------------------------------

# The example is the bare object where the response schema is a `{data, meta}` envelope.
BARE = Reason("bare object, the schema says a {data, meta} envelope", "expected a {data, meta}")
# As BARE, and the author wrote the envelope's key as the name of the `examples` entry:
# `examples: {data: {value: <the object>}}`.
NAMED_DATA = Reason(
    "`examples` entry named `data` holds the bare object", "expected a {data, meta}"
)
# `examples` entries named `application/json` (the bare address) and `duplicate` (`{}`).
BARE_AND_EMPTY = Reason("bare object and an empty `{}`, not envelopes", "expected a {data, meta}")
# `children: ["string"]`: a placeholder string in the list of (recursive) category nodes.
PLACEHOLDER = Reason("placeholder string in a list of objects", "kept unvalidated")
# `parent_id: {}` in a line item, where the schema says a string.
EMPTY_OBJECT_ID = Reason("`parent_id: {}` where the schema says a string", "kept unvalidated")
# The API answers a list; the documents (schema and example) say one object: spec/overrides.yaml.
ONE_FOR_A_LIST = Reason("one object where the API answers a list", "expected a list of objects")

# `config: []`, an empty list, where the schema says an object.
LIST_FOR_AN_OBJECT = Reason("`config: []` where the schema says an object", "kept unvalidated")
# An object of the example lacks the `id` that BigCommerce's answers always carry.
NO_ID = Reason("an object of the example has no id", "came without an id")

# Keyed "version:operationId" (operationIds repeat across v2 and v3), as in spec/overrides.yaml.
DOCUMENT_ERRORS: dict[str, Reason] = {
    "v2:getOrderConsignments": NO_ID,
    "v2:getOrderFees": NO_ID,
    "v3:createCustomers": NO_ID,
    "v3:createCustomersAddresses": BARE_AND_EMPTY,
    "v3:createProduct": BARE,
    "v3:createProductModifier": LIST_FOR_AN_OBJECT,
    "v3:createProductVideo": BARE,
    "v3:deleteCartLineItem": EMPTY_OBJECT_ID,
    "v3:getAllBulkPricingRules": ONE_FOR_A_LIST,
    "v3:getCategoryTree": PLACEHOLDER,
    "v3:getCustomers": NO_ID,
    "v3:getCustomersSettings": NAMED_DATA,
    "v3:getCustomersSettingsChannel": NAMED_DATA,
    "v3:getProductVideo": BARE,
    "v3:updateCustomers": NO_ID,
    "v3:updateCustomersAddresses": BARE_AND_EMPTY,
    "v3:updateCustomersSettings": NAMED_DATA,
    "v3:updateCustomersSettingsChannel": NAMED_DATA,
    "v3:updateProductVideo": BARE,
    "v3:updateProducts": BARE,
}

# -- Right examples the SDK gets wrong: to fix in the generator, then take off the list ----------

# (none at the moment)
SDK_PROBLEMS: dict[str, Reason] = {}

EXPECTED_FAILURES = {**DOCUMENT_ERRORS, **SDK_PROBLEMS}
#: (operations with examples, examples) of the documents the lists above were written for. Other
#: documents (older or newer) have their own mistakes: there an unlisted failure showing one of the
#: symptoms above is a document error (reported as a warning), and a listed one that passes was
#: corrected; anything else still fails.
LISTED_FOR = (262, 294)
DOCUMENT_SYMPTOMS = tuple({reason.symptom for reason in DOCUMENT_ERRORS.values()})


def _conforms(value: Any, type_: str) -> bool:
    """Whether `value` is of an index result type: `None`, `int`, `list[Product]`, `Product`..."""
    inner = re.fullmatch(r"list\[(.+)\]", type_)
    if inner:
        return isinstance(value, list) and all(_conforms(v, inner.group(1)) for v in value)
    return isinstance(value, index_type(type_, plain_object=object))


def _failure(
    client: BigcommerceApi,
    server: RecordingServer,
    caplog: pytest.LogCaptureFixture,
    op: Any,
    status: int,
    example: Any,
) -> str:
    """Why the call answered with `example` gives no strictly valid result ("" when it does)."""
    server.reset()
    caplog.clear()
    server.reply(status, example)
    method, names = _resolve(client, op.call)
    positional, keywords = _arguments(method, names)
    if names and names[0] == "parentid":  # the old client's subresources: `parentid, id`
        positional = [7] * len(names)
    try:
        with warnings.catch_warnings(record=True) as shape:
            warnings.simplefilter("always", ResponseShapeWarning)
            result = method(*positional, **keywords)
            if inspect.isgenerator(result):
                result = list(result)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    warned = [
        r.getMessage()
        for r in caplog.records
        if r.levelno >= logging.WARNING and r.name.split(".")[0] == "bigcommerce"
    ]
    warned += [str(w.message) for w in shape if issubclass(w.category, ResponseShapeWarning)]
    if warned:
        return warned[0]
    if len(server.requests) != 1:
        return f"{len(server.requests)} requests sent"
    if not _conforms(result, op.result):
        return f"returned {type(result).__name__}, not {op.result}"
    return ""


@pytest.mark.skipif(not DOCS, reason="set BIGCOMMERCE_OPENAPI_DIR to the published documents")
def test_response_examples_parse_into_the_result_models(
    server: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    client = BigcommerceApi(
        client_id=CLIENT_ID, store_hash=STORE_HASH, access_token=ACCESS_TOKEN, host=server.url,
        max_retries=0,
    )  # fmt: skip
    caplog.set_level(logging.WARNING, logger="bigcommerce")
    examples = read_examples(str(DOCS))
    index = {(op.version, op.operation_id): op for op in operations() if op.version}
    assert sorted(set(examples) - set(index)) == []
    # None lost by the reader: every operation whose documents write an example has some.
    documented = _written_examples(str(DOCS))
    assert sorted(documented - set(examples)) == []
    assert sum(len(answers) for answers in examples.values()) >= len(documented) > 0
    failures: dict[str, list[str]] = {}  # "version:operationId" -> why each bad example fails
    for (version, operation_id), answers in sorted(examples.items()):
        op = index[(version, operation_id)]
        for number, (status, example) in enumerate(answers):
            why = _failure(client, server, caplog, op, status, example)
            if why:
                key = f"{version}:{operation_id}"
                failures.setdefault(key, []).append(f"{op.call} -> {op.result}, #{number}: {why}")
    listed_for = (len(examples), sum(len(answers) for answers in examples.values())) == LISTED_FOR
    problems = [
        f"{key}: listed ({reason.why}), but passes: take it off the list"
        for key, reason in EXPECTED_FAILURES.items()
        if key not in failures and (listed_for or key in SDK_PROBLEMS)
    ]
    tolerated: list[str] = []
    for key, whys in failures.items():
        reason = EXPECTED_FAILURES.get(key)
        if (
            reason is None
            and not listed_for
            and all(any(symptom in why for symptom in DOCUMENT_SYMPTOMS) for why in whys)
        ):
            tolerated.append(f"{key}: {whys}")
        elif reason is None:
            problems.append(f"{key}: fails, not listed: {whys}")
        else:
            others = [why for why in whys if reason.symptom not in why]
            problems += [f"{key}: listed ({reason.why}), fails otherwise: {why}" for why in others]
    assert not problems, "\n".join(sorted(problems))
    if tolerated:
        warnings.warn(
            "examples wrong in these documents: " + "; ".join(sorted(tolerated)), stacklevel=1
        )


def _written_examples(folder: str) -> set[tuple[str, str]]:
    """(version, operationId) of each management operation whose 2xx JSON answer carries an
    `example` or an `examples` entry with a `value` (or a reference to one), read straight from
    the documents (a response given by a local `$ref` is followed once)."""
    found: set[tuple[str, str]] = set()
    for doc in load_documents(folder):
        if not doc.management:
            continue
        for item in _maps(doc.data.get("paths")):
            for method, operation in item.items():
                if method not in ("get", "post", "put", "delete", "patch"):
                    continue
                if not isinstance(operation, dict) or not operation.get("operationId"):
                    continue
                responses = operation.get("responses")
                for status, response in responses.items() if isinstance(responses, dict) else ():
                    if not str(status).startswith("2") or not isinstance(response, dict):
                        continue
                    if "$ref" in response:
                        response = _local(doc.data, response["$ref"])
                    content = response.get("content") if isinstance(response, dict) else None
                    if any(_has_example(media, entry) for media, entry in _items(content)):
                        found.add(("v2" if doc.kind == "v2" else "v3", operation["operationId"]))
    return found


def _maps(value: object) -> list[dict[str, Any]]:
    return [v for v in value.values() if isinstance(v, dict)] if isinstance(value, dict) else []


def _items(value: object) -> list[tuple[str, Any]]:
    return [(str(k), v) for k, v in value.items()] if isinstance(value, dict) else []


def _local(data: Any, ref: object) -> Any:
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return None
    for part in ref[2:].split("/"):
        data = data.get(part) if isinstance(data, dict) else None
    return data


def _has_example(media: str, entry: Any) -> bool:
    if "/" not in media or "json" not in media.lower() or not isinstance(entry, dict):
        return False
    entries = entry.get("examples")
    valued = [e for _, e in _items(entries) if isinstance(e, dict) and {"value", "$ref"} & e.keys()]
    return "example" in entry or bool(valued)


# -- The reader, on a small document -----------------------------------------------------------

_DOCUMENT = """\
openapi: 3.0.3
servers:
  - url: https://api.bigcommerce.com/stores/{store_hash}/v3
paths:
  /things:
    get:
      operationId: getThings
      responses:
        200:
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Things'}
              example: {data: [{id: 1, day: 2023-01-02}], meta: {}}
              examples:
                same as example:
                  value: {data: [{id: 1, day: 2023-01-02}], meta: {}}
                named:
                  value: {data: [], meta: {}}
                shared: {$ref: '#/components/examples/Shared'}
                value only: {$ref: '#/components/examples/Other/value'}
                elsewhere: {externalValue: 'https://example.com/things.json'}
            Misplaced Example:
              value: {not: a media type}
        '404':
          content:
            application/json:
              example: {status: 404}
    post:
      operationId: createThing
      responses:
        '201': {$ref: '#/components/responses/Thing'}
        '204': {description: no body}
  /things/export:
    get:
      operationId: exportThings
      responses:
        '200':
          content:
            text/csv:
              example: "id\\n1\\n"
  /quiet:
    get:
      operationId: getQuiet
      responses:
        '200':
          content:
            application/json:
              schema: {type: object, properties: {id: {type: integer, example: 5}}}
components:
  schemas:
    Things: {$ref: '#/components/schemas/ThingList'}
    ThingList:
      type: object
      example: {data: [{id: 9, at: 2024-05-06T07:08:09Z}], meta: {}}
  examples:
    Shared:
      value: {data: [{id: 2}], meta: {}}
    Other:
      value: {data: [{id: 4}], meta: {}}
  responses:
    Thing:
      content:
        application/json; charset=utf-8:
          examples:
            first: {value: {data: {id: 3}, meta: {}}}
"""


def test_read_examples_collects_each_kind_of_example(tmp_path: Path) -> None:
    (tmp_path / "things.v3.yml").write_text(_DOCUMENT, encoding="utf-8")
    storefront = _DOCUMENT.replace(
        "https://api.bigcommerce.com/stores/{store_hash}/v3", "https://{store_domain}"
    ).replace("operationId: ", "operationId: sf")
    (tmp_path / "things.sf.yml").write_text(storefront, encoding="utf-8")
    (tmp_path / "v2.yml").write_text(
        textwrap.dedent("""\
            openapi: 3.0.0
            servers: [{url: 'https://api.bigcommerce.com/stores/{store_hash}/v2'}]
            paths:
              /time:
                get:
                  operationId: getThings
                  responses: {'200': {content: {application/json: {example: {time: 1}}}}}
            """),
        encoding="utf-8",
    )
    things = {"data": [{"id": 1, "day": "2023-01-02"}], "meta": {}}
    assert read_examples(tmp_path) == {
        ("v2", "getThings"): [(200, {"time": 1})],
        ("v3", "getThings"): [
            (200, things),  # the media type's `example`, not repeated by `same as example`
            (200, {"data": [], "meta": {}}),
            (200, {"data": [{"id": 2}], "meta": {}}),  # a reference to an Example Object
            (200, {"data": [{"id": 4}], "meta": {}}),  # a reference to an example's value
            # `elsewhere` (an `externalValue`) is skipped; then the schema's own example:
            (200, {"data": [{"id": 9, "at": "2024-05-06T07:08:09Z"}], "meta": {}}),
        ],
        ("v3", "createThing"): [(201, {"data": {"id": 3}, "meta": {}})],
    }

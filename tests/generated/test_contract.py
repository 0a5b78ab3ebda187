"""Contract: every request the wire cases send and every response fixture validate against the patched spec."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.validation.request.exceptions import InvalidParameter, InvalidRequestBody
from openapi_core.validation.response.exceptions import InvalidData
from werkzeug.datastructures import Headers, ImmutableMultiDict

from tests.generated.cases import BASE_URL, CASES, RUN, Case, compact, send


class HttpxOpenAPIRequest:
    """openapi-core's Request protocol over an ``httpx.Request`` (the path stays percent-encoded as sent)."""

    def __init__(self, request: httpx.Request) -> None:
        self.host_url = f"{request.url.scheme}://{request.url.host}"
        self.path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        self.method = request.method.lower()
        self.content_type = request.headers.get("content-type", "application/json")
        # openapi-core checks a text body (NDJSON, a `format: binary` string) as str, JSON as bytes.
        ndjson = self.content_type == "application/x-ndjson"
        self.body = (request.content.decode() if ndjson else request.content) or None
        query = parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True)
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(query), header=Headers(dict(request.headers)), cookie=ImmutableMultiDict()
        )


class HttpxOpenAPIResponse:
    """openapi-core's Response protocol over an ``httpx.Response``."""

    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.data = response.content or None
        self.content_type = response.headers.get("content-type", "")
        self.headers = Headers(dict(response.headers))


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_request_and_response_match_the_patched_spec(openapi: OpenAPI, case: Case) -> None:
    exchange = send(case)
    request = HttpxOpenAPIRequest(exchange.request)
    openapi.validate_request(request)
    openapi.validate_response(request, HttpxOpenAPIResponse(exchange.response))


def _exchange(method: str, path: str, body: object = None, answer: object = None) -> tuple[Any, Any]:
    content = b"" if body is None else compact(body)
    headers = {"authorization": "Bearer tr_dev_test", "content-type": "application/json"}
    request = HttpxOpenAPIRequest(httpx.Request(method, BASE_URL + path, content=content, headers=headers))
    response = httpx.Response(200, content=compact(answer), headers={"content-type": "application/json"})
    return request, HttpxOpenAPIResponse(response)


def test_validator_rejects_the_unpatched_env_var_import_array(openapi: OpenAPI) -> None:
    request, _ = _exchange("POST", "/api/v1/projects/proj_1/envvars/dev/import", {"variables": [{"name": "A"}]})
    with pytest.raises(InvalidRequestBody, match="is not of type 'object'"):
        openapi.validate_request(request)


def test_validator_rejects_a_run_missing_a_required_field(openapi: OpenAPI) -> None:
    broken = {key: value for key, value in RUN.items() if key != "taskIdentifier"}
    request, response = _exchange("GET", "/api/v3/runs/run_1234", answer=broken)
    with pytest.raises(InvalidData, match="'taskIdentifier' is a required property"):
        openapi.validate_response(request, response)


def test_validator_rejects_an_unknown_status_filter(openapi: OpenAPI) -> None:
    request, _ = _exchange("GET", "/api/v1/runs?filter%5Bstatus%5D=QUEUED%2CNOPE")
    with pytest.raises(InvalidParameter, match=re.escape("filter[status]")):
        openapi.validate_request(request)

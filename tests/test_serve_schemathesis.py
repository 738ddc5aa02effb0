"""Schemathesis against the service's own OpenAPI document: generated requests to every operation
(bounded examples, the store built from the examples) never get a 5xx answer."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from litopys.serve import create_app
from tests.test_serve import build_store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

# the document needs no store; the app under test gets one from the fixture below
schema = schemathesis.openapi.from_dict(create_app("unused.duckdb").openapi())


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    service = create_app(build_store(tmp_path_factory.mktemp("schemathesis")), analyze_timeout=30)
    yield service
    service.state.analyzer.close()


@schema.parametrize()
@settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_no_server_errors(case: Any, app: Any) -> None:
    response = case.call(app=app)
    assert response.status_code < 500, (case.method, case.formatted_path, case.query, response.text[:300])
    case.validate_response(response, checks=[not_a_server_error])

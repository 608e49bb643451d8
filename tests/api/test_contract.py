"""The API against its own OpenAPI document: schemathesis generates requests
for every operation (valid and odd parameters, bodies, paths) and checks
that none answers a server error, that every status code and body is one
the document describes, and that bodies are the JSON it promises."""

import pytest
import schemathesis
from django.core import signals
from django.core.files.base import ContentFile
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from wagtail.documents import get_document_model
from wagtail.models import APIToken, Collection

from cms.wsgi import application
from tests.groups.factories import add_wiki_page, group_index, make_group
from tests.themes.factories import NewsPageFactory, ThemePageFactory

# Wagtail's own routers (whoami, sites, schema) do not document their 404s;
# they are held to no server errors and JSON only.
WAGTAIL_PATHS = ("/api/whoami/", "/api/sites/", "/api/schema/")
WAGTAIL_CHECKS = (not_a_server_error, content_type_conformance)
# Generated requests per operation.
EXAMPLES = 20
CHECKS = (
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
)


@pytest.fixture
def no_connection_closing():
    """Keep the test's database connection (and transaction) open across
    the application's requests, as Django's test client does."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def api_schema(
    db, no_connection_closing, home_page, theme_index, news_index, owner, member
):
    """The document, read from the running application, over a little of
    everything the endpoints list."""
    ThemePageFactory(parent=theme_index, title="Verlof")
    NewsPageFactory(parent=news_index, title="Nieuwe parking")
    group_index(home_page)
    group = make_group(home_page, owner, title="Fietsclub", members=[member])
    add_wiki_page(group, "Afspraken")
    make_group(home_page, owner, title="Directie", visibility="secret")
    return schemathesis.openapi.from_wsgi("/api/openapi.json", application)


@pytest.fixture
def member_token(member):
    _token, plaintext = APIToken.create_token(user=member, name="schemathesis")
    return plaintext


def test_every_operation_keeps_to_the_document(api_schema, member_token):
    # schemathesis's own pytest plugin does not run on pytest 9 yet: each
    # operation's strategy is driven by Hypothesis here instead.
    headers = {"Authorization": f"Bearer {member_token}"}
    failures = {}
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) > 15
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            # The same requests every run: a finding is reproducible, and CI
            # does not turn red by chance. Raise EXAMPLES to search wider.
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
        def keeps_to_the_document(case):
            response = case.call(headers=headers)
            checks = WAGTAIL_CHECKS if case.path.startswith(WAGTAIL_PATHS) else CHECKS
            case.validate_response(response, checks=checks)

        try:
            keeps_to_the_document()
        except Exception as failure:
            failures[operation.label] = str(failure)[:2000]
    assert not failures, "\n\n".join(f"{k}:\n{v}" for k, v in failures.items())


@pytest.mark.parametrize(
    "name, content",
    [
        ("reglement.txt", b"Artikel 1"),
        ("plattegrond.pdf", b"%PDF-1.7 binary \x00\xff"),
        ("export.json", b'{"rooms": 12}'),
        ("zonder-extensie", b"\x00\x01"),
    ],
)
def test_downloads_keep_to_the_document(api_schema, member_token, name, content):
    # Generated ids seldom name a document: real files of several kinds show
    # that their answers are the ones the document describes.
    document = get_document_model().objects.create(
        title=name,
        file=ContentFile(content, name=name),
        collection=Collection.get_first_root_node(),
    )
    operation = api_schema["/api/documents/{document_id}/download/"]["GET"]
    case = operation.Case(path_parameters={"document_id": document.pk})

    response = case.call(headers={"Authorization": f"Bearer {member_token}"})

    assert response.status_code == 200
    assert response.content == content
    case.validate_response(response, checks=CHECKS)

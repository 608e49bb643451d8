"""Search tests run on every real engine whose URL is set, and on Wagtail's
database backend: ``WERKPLEK_TEST_OPENSEARCH_URL`` (Wagtail's opensearch2
backend) and ``WERKPLEK_TEST_ELASTICSEARCH_URL`` (its elasticsearch7 backend,
Elasticsearch 7.10). scripts/with-services starts both."""

import os
import uuid

import pytest
from django.core.cache import cache
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models

from cms.settings.search import index_settings, search_backends
from search import indexing

ENGINES = [
    ("opensearch2", os.environ.get("WERKPLEK_TEST_OPENSEARCH_URL")),
    ("elasticsearch7", os.environ.get("WERKPLEK_TEST_ELASTICSEARCH_URL")),
]
ENGINE_PARAMS = [pytest.param((name, url), id=name) for name, url in ENGINES if url] + [
    pytest.param(("database", ""), id="database")
]
ONLY_ENGINES = [param for param in ENGINE_PARAMS if param.id != "database"]
SYNONYMS = ["hr, personeelsdienst"]


def configure(settings, engine: str, url: str, timeout: int = 30) -> str:
    """Point Wagtail's search at ``engine`` with fresh, empty indices.

    A generous timeout: on a busy test machine a slow answer must not count
    as an outage (the outage tests use a closed port instead).
    """
    prefix = f"test_{uuid.uuid4().hex[:8]}_"
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        url, engine, prefix, timeout, SYNONYMS
    )
    cache.delete(indexing.ENGINE_DOWN_KEY)
    if url:
        backend = get_search_backend()
        roots = {}
        for model in get_indexed_models():
            roots.setdefault(backend.get_index_for_model(model).name, []).append(model)
        for name, models in roots.items():
            index = backend.index_class(backend, name)
            index.put()
            for model in models:
                index.add_model(model)
    return prefix


def refresh():
    """Make what was indexed searchable now (the engine does so within 1 s)."""
    backend = indexing.engine_backend()
    if backend is None:
        return
    try:
        backend.es.indices.refresh(index="test_*")
    except Exception:
        # An outage test has pointed the backend at a closed port.
        return


@pytest.fixture(params=ENGINE_PARAMS)
def engine(request, settings, db):
    name, url = request.param
    prefix = configure(settings, name, url)
    backend = indexing.engine_backend()
    yield name
    if backend is not None:
        backend.es.indices.delete(index=f"{prefix}*")


@pytest.fixture(params=ONLY_ENGINES)
def real_engine(request, settings, db):
    name, url = request.param
    prefix = configure(settings, name, url)
    backend = indexing.engine_backend()
    yield name
    backend.es.indices.delete(index=f"{prefix}*")


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run the on-commit work (index updates) of whatever the test does."""

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            result = function(*args, **kwargs)
        refresh()
        return result

    return run


__all__ = ["index_settings"]

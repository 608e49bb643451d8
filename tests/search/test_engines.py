"""Smoke tests of the real search engine nodes that scripts/with-services
starts (scripts/search-engine): each answers over plain http on loopback, and
has the analysis Werkplek's index settings need (accent folding and the Dutch,
French and English stemmers). They talk to the engines straight through the
Python clients, without Django or Wagtail, so that a broken node shows here
and not as a puzzling failure of the search app's tests.

A test is skipped only when its URL variable is unset (a quick run with
``WERKPLEK_SERVICES=postgres``); ``make test`` sets both.
"""

import os
import uuid

import pytest

OPENSEARCH_URL = os.environ.get("WERKPLEK_TEST_OPENSEARCH_URL")
ELASTICSEARCH_URL = os.environ.get("WERKPLEK_TEST_ELASTICSEARCH_URL")

LANGUAGES = {"nl": "dutch", "fr": "french", "en": "english"}

INDEX_BODY = {
    "settings": {
        "number_of_shards": 1,
        "number_of_replicas": 0,
        "analysis": {
            "filter": {
                f"werkplek_{language}_stemmer": {
                    "type": "stemmer",
                    "language": language,
                }
                for language in LANGUAGES.values()
            },
            "analyzer": {
                f"werkplek_{language}": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "lowercase",
                        "asciifolding",
                        f"werkplek_{language}_stemmer",
                    ],
                }
                for language in LANGUAGES.values()
            },
        },
    },
    "mappings": {
        "properties": {
            f"title_{code}": {"type": "text", "analyzer": f"werkplek_{language}"}
            for code, language in LANGUAGES.items()
        }
    },
}

DOCUMENT = {
    "title_nl": "Het café aan de Korenmarkt in Gent verleent vergunningen",
    "title_fr": "Le café de la gare à Liège",
    "title_en": "The café downstairs serves coffee",
}


def opensearch_client():
    from opensearchpy import OpenSearch

    return OpenSearch([OPENSEARCH_URL], timeout=30)


def elasticsearch_client():
    from elasticsearch import Elasticsearch

    return Elasticsearch([ELASTICSEARCH_URL], timeout=30)


ENGINES = [
    pytest.param(
        (opensearch_client, "opensearch", 2),
        id="opensearch",
        marks=pytest.mark.skipif(
            not OPENSEARCH_URL,
            reason="WERKPLEK_TEST_OPENSEARCH_URL is unset: no OpenSearch node "
            "started (scripts/with-services starts one unless WERKPLEK_SERVICES "
            "leaves it out)",
        ),
    ),
    pytest.param(
        (elasticsearch_client, "elasticsearch", 7),
        id="elasticsearch",
        marks=pytest.mark.skipif(
            not ELASTICSEARCH_URL,
            reason="WERKPLEK_TEST_ELASTICSEARCH_URL is unset: no Elasticsearch "
            "node started (scripts/with-services starts one unless "
            "WERKPLEK_SERVICES leaves it out)",
        ),
    ),
]


@pytest.fixture(params=ENGINES)
def engine(request):
    make_client, distribution, major = request.param
    client = make_client()
    yield client, distribution, major
    client.close()


@pytest.fixture
def index(engine):
    client = engine[0]
    name = f"werkplek-engine-smoke-{uuid.uuid4().hex[:8]}"
    client.indices.create(index=name, body=INDEX_BODY)
    yield name
    client.indices.delete(index=name, ignore_unavailable=True)


def test_the_node_answers_with_a_healthy_cluster(engine):
    client, distribution, major = engine
    info = client.info()
    version = info["version"]
    assert version.get("distribution", "elasticsearch") == distribution
    assert int(version["number"].split(".")[0]) == major
    health = client.cluster.health(wait_for_status="yellow")
    assert health["status"] in ("yellow", "green")
    assert health["number_of_nodes"] == 1


def tokens(client, index, analyzer, text):
    body = {"analyzer": analyzer, "text": text}
    analyzed = client.indices.analyze(index=index, body=body)
    return [token["token"] for token in analyzed["tokens"]]


def test_the_analysis_folds_accents_and_stems_three_languages(engine, index):
    client = engine[0]
    for analyzer in ("werkplek_dutch", "werkplek_french", "werkplek_english"):
        assert tokens(client, index, analyzer, "CAFÉ Gent") == tokens(
            client, index, analyzer, "cafe gent"
        )
    assert tokens(client, index, "werkplek_dutch", "vergunningen") == tokens(
        client, index, "werkplek_dutch", "vergunning"
    )
    assert tokens(client, index, "werkplek_french", "Liège") == tokens(
        client, index, "werkplek_french", "liege"
    )
    assert tokens(client, index, "werkplek_english", "serves") == tokens(
        client, index, "werkplek_english", "serve"
    )


@pytest.mark.parametrize("query", ["cafe", "café", "CAFÉ", "vergunning", "liege"])
def test_a_document_is_found_with_or_without_accents(engine, index, query):
    client = engine[0]
    client.index(index=index, id="1", body=DOCUMENT, refresh="true")
    body = {
        "query": {
            "multi_match": {
                "query": query,
                "fields": [f"title_{code}" for code in LANGUAGES],
            }
        }
    }
    hits = client.search(index=index, body=body)["hits"]["hits"]
    assert [hit["_id"] for hit in hits] == ["1"]


def test_the_smoke_index_is_deleted_afterwards(engine):
    client = engine[0]
    name = f"werkplek-engine-smoke-{uuid.uuid4().hex[:8]}"
    client.indices.create(index=name, body=INDEX_BODY)
    assert client.indices.exists(index=name)
    client.indices.delete(index=name)
    assert not client.indices.exists(index=name)

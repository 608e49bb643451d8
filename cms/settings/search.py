"""Search engine settings: build WAGTAILSEARCH_BACKENDS from the environment.

``SEARCH_URL`` (one URL or several, comma-separated) with ``SEARCH_ENGINE``
chooses an Elasticsearch or OpenSearch cluster through Wagtail's own search
backends; without ``SEARCH_URL`` Wagtail's database backend serves. The index
settings use only the analysis options that Elasticsearch 7 to 9 and
OpenSearch 2 and 3 share (see README, "Search").
"""

from __future__ import annotations

from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

# SEARCH_ENGINE value -> Wagtail (modelsearch) backend module.
ENGINE_BACKENDS = {
    "elasticsearch7": "wagtail.search.backends.elasticsearch7",
    "elasticsearch8": "wagtail.search.backends.elasticsearch8",
    "elasticsearch9": "wagtail.search.backends.elasticsearch9",
    "opensearch2": "wagtail.search.backends.opensearch2",
    "opensearch3": "wagtail.search.backends.opensearch3",
}
DATABASE_BACKEND = "wagtail.search.backends.database"


def read_synonyms(path: Path) -> list[str]:
    """Return the synonym rules of ``path``: one rule a line, # for comments."""
    if not path.exists():
        return []
    lines = (line.split("#", 1)[0].strip() for line in path.read_text().splitlines())
    return [line for line in lines if line]


def index_settings(synonyms: list[str]) -> dict:
    """Return the analysis settings every Werkplek index is created with.

    The default analyzer folds case and accents (café = cafe = CAFÉ) and stems
    Dutch, the main language; at search time the synonyms are added. English
    and French analyzers are there for fields that ask for them. The
    edge n-gram analyzer (autocomplete) folds accents too.
    """
    folding = ["lowercase", "asciifolding"]
    return {
        "settings": {
            "analysis": {
                "filter": {
                    "werkplek_synonyms": {
                        "type": "synonym_graph",
                        "synonyms": synonyms or ["personeelsdienst, hr"],
                        "lenient": True,
                    },
                    "werkplek_dutch_stemmer": {"type": "stemmer", "language": "dutch"},
                    "werkplek_english_stemmer": {
                        "type": "stemmer",
                        "language": "light_english",
                    },
                    "werkplek_french_elision": {
                        "type": "elision",
                        "articles_case": True,
                        "articles": ["l", "d", "j", "qu", "n", "s", "c", "m", "t"],
                    },
                    "werkplek_french_stemmer": {
                        "type": "stemmer",
                        "language": "light_french",
                    },
                },
                "analyzer": {
                    "default": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": [*folding, "werkplek_dutch_stemmer"],
                    },
                    "default_search": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": [
                            *folding,
                            "werkplek_synonyms",
                            "werkplek_dutch_stemmer",
                        ],
                    },
                    "werkplek_nl": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": [*folding, "werkplek_dutch_stemmer"],
                    },
                    "werkplek_en": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": [*folding, "werkplek_english_stemmer"],
                    },
                    "werkplek_fr": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": [
                            "werkplek_french_elision",
                            *folding,
                            "werkplek_french_stemmer",
                        ],
                    },
                    # Wagtail's autocomplete analyzer, with accents folded.
                    "edgengram_analyzer": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": [*folding, "edgengram"],
                    },
                },
            }
        }
    }


def search_backends(
    url: str,
    engine: str,
    index_prefix: str,
    timeout: int,
    synonyms: list[str],
) -> dict:
    """Return WAGTAILSEARCH_BACKENDS for the configured engine."""
    if not url:
        return {"default": {"BACKEND": DATABASE_BACKEND}}
    if engine not in ENGINE_BACKENDS:
        choices = ", ".join(ENGINE_BACKENDS)
        raise ImproperlyConfigured(f"SEARCH_ENGINE must be one of: {choices}")
    return {
        "default": {
            "BACKEND": ENGINE_BACKENDS[engine],
            "URLS": [part.strip() for part in url.split(",") if part.strip()],
            "INDEX_PREFIX": index_prefix,
            "TIMEOUT": timeout,
            # A full rebuild fills a new index and then moves the alias, so
            # search keeps answering while update_index runs.
            "ATOMIC_REBUILD": True,
            # Werkplek queues index updates itself (search.indexing) so that
            # none is lost while the engine is away; Wagtail's own signal
            # handlers leave this backend alone.
            "AUTO_UPDATE": False,
            # Fail fast when the engine is down: no retries inside a request.
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
            "INDEX_SETTINGS": index_settings(synonyms),
        }
    }

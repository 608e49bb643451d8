"""Search and autocomplete, trimmed to what the searching user may see.

With Elasticsearch or OpenSearch, one request per search answers the results
of the open tab, the counts of every tab and the facet counts. Visibility is
part of that request's filter (cms.visibility gives the rules: hidden page
subtrees, hidden collections, deactivated people), so every count only
counts what the user may open. With Wagtail's database backend the same
rules are applied through the ORM.
"""

from __future__ import annotations

import functools
import logging
import math
import re
from dataclasses import dataclass, field

from django.db.models import Count
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from cms import languages, visibility

from .indexing import engine_backend
from .languages import TRANSLATED_INTO_COLUMN, language_column
from .query import ParsedQuery
from .registry import KINDS, Facet, SearchKind, get_kind

logger = logging.getLogger(__name__)

PER_PAGE = 10
MAX_PAGE = 100
AUTOCOMPLETE_SIZE = 10
FACET_SIZE = 20
DATABASE_LIMIT = 1000
# Typo tolerance: no edits below 4 letters, one from 4, two from 8.
FUZZINESS = "AUTO:4,8"
# The ``locale`` value that searches every language.
ALL_LANGUAGES = "all"
SCOPE_PARAMETERS = ("q", "kind", "page", "format", "locale", "from")
PHONE_OR_EMAIL = re.compile(r"^(\+?[\d ]{6,}|[^@\s]+@[^@\s]+)$")


class SearchUnavailable(Exception):
    """The search engine did not answer."""


@dataclass
class Result:
    """One hit, ready for a template or JSON."""

    kind: str
    title: str
    url: str
    snippet: str = ""
    meta: str = ""
    obj: object = None
    # A page's language (people, posts and documents have none).
    language: str = ""

    @property
    def language_name(self) -> str:
        return languages.language_label(self.language)

    def as_json(self) -> dict:
        data = {
            "kind": self.kind,
            "title": self.title,
            "url": self.url,
            "api_url": api_url(self.obj),
            "snippet": self.snippet,
            "meta": self.meta,
        }
        if self.language:
            data["locale"] = self.language
        return data


def api_url(found) -> str:
    """Return the API's address of a person, page, group, post or document
    that search found, for clients that read the API rather than the site."""
    from groups.models import GroupPage, GroupPost
    from people.models import Person

    if isinstance(found, Person):
        return reverse(API_NAMES["person"], args=[found.user.username])
    if isinstance(found, GroupPost):
        return reverse(API_NAMES["post"], args=[found.group_id, found.pk])
    if isinstance(found, GroupPage) and not found.is_translation:
        # A group's translation is a page of the group's (groups.translation):
        # the group endpoint takes the group's own id only.
        return reverse(API_NAMES["group"], args=[found.pk])
    if isinstance(found, Page):
        return reverse(API_NAMES["page"], args=[found.pk])
    if isinstance(found, get_document_model()):
        return reverse(API_NAMES["document"], args=[found.pk])
    return ""


# The API's URL names of what search finds (cms/api.py's namespace).
API_NAMES = {
    "person": "wagtailapi_v3:get_person",
    "post": "wagtailapi_v3:get_post",
    "group": "wagtailapi_v3:get_group",
    "page": "wagtailapi_v3:get_page",
    "document": "wagtailapi_v3:get_document",
}


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class SearchOutcome:
    """Results of the open tab, tab counts and facets."""

    kind: SearchKind
    results: list[Result] = field(default_factory=list)
    total: int = 0
    page: int = 1
    kind_counts: dict[str, int] = field(default_factory=dict)
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    ignored_filters: list[str] = field(default_factory=list)
    # The language searched in; None when all languages are.
    language: str | None = None

    @property
    def num_pages(self) -> int:
        return max(1, math.ceil(min(self.total, PER_PAGE * MAX_PAGE) / PER_PAGE))

    def as_json(self) -> dict:
        return {
            "kind": self.kind.key,
            "total": self.total,
            "page": self.page,
            "num_pages": self.num_pages,
            "counts": self.kind_counts,
            "results": [result.as_json() for result in self.results],
            "facets": {
                key: [vars(value) for value in values]
                for key, values in self.facets.items()
            },
            "ignored_filters": self.ignored_filters,
            "locale": self.language or ALL_LANGUAGES,
        }


def clean_filters(kind: SearchKind, params) -> tuple[dict[str, list[str]], list[str]]:
    """Return the valid facet filters of ``params`` and the names of ignored
    ones (unknown facets or malformed values)."""
    filters, ignored = {}, []
    known = {facet.key: facet for facet in kind.facets}
    for key in params:
        if key in SCOPE_PARAMETERS:
            continue
        facet = known.get(key)
        values = [v for v in params.getlist(key) if v][:10]
        if facet is None:
            ignored.append(key)
            continue
        valid = [v for v in values if _valid_facet_value(facet, v)]
        if len(valid) != len(values):
            ignored.append(key)
        if valid:
            filters[key] = valid
    return filters, ignored


def _valid_facet_value(facet: Facet, value: str) -> bool:
    if facet.key == "skill":
        return bool(re.fullmatch(r"[\w-]{1,100}", value))
    return value.isdigit() and len(value) < 12


# Engine queries ------------------------------------------------------------


@dataclass(frozen=True)
class LanguageScope:
    """The languages a search looks in: ``language``, or all when None,
    with the Locale ids the engine filters on (looked up once a search)."""

    language: str | None
    locale_ids: dict = field(default_factory=dict)

    @classmethod
    def of(cls, language: str | None) -> LanguageScope:
        return cls(language, languages.locale_ids() if language else {})


ALL = LanguageScope(None)


def is_page_kind(kind: SearchKind) -> bool:
    """Pages exist per language; people, posts and documents do not."""
    return issubclass(kind.model, Page)


def clean_language(value) -> tuple[str | None, bool]:
    """Return the language a ``locale`` parameter asks for (None: all
    languages) and whether it was understood; a missing or unknown value
    means the reader's current language."""
    if value == ALL_LANGUAGES:
        return None, True
    code = languages.normalise(value) if value else None
    if code is not None and code == value:
        return code, True
    return languages.current_language(), value in (None, "")


def _language_filter(scope: LanguageScope) -> list[dict]:
    """Keep, of each page, the version a reader of the scope's language
    reads: its translation, or the default-language page where none is
    live."""
    language = scope.language
    default = languages.default_language()
    ids = scope.locale_ids
    own = {"term": {"locale_id_filter": ids.get(language, 0)}}
    if language == default:
        return [own]
    fallback = {
        "bool": {
            "filter": [{"term": {"locale_id_filter": ids.get(default, 0)}}],
            "must_not": [{"term": {TRANSLATED_INTO_COLUMN: language}}],
        }
    }
    return [{"bool": {"should": [own, fallback], "minimum_should_match": 1}}]


def _kind_filter(kind: SearchKind, user, scope: LanguageScope = ALL) -> list[dict]:
    """Return the engine filter for ``kind`` as ``user`` may see it, for
    pages in the languages of ``scope``.

    Each branch states in the engine's terms the rule of the kind's
    visibility function in cms.visibility.
    """
    nothing = [{"bool": {"must_not": {"match_all": {}}}}]
    clauses = [{"match": {"_django_content_type": kind.content_type}}]
    must_not = [
        {"match": {"_django_content_type": label}}
        for label in kind.excluded_content_types
    ]
    if kind.model_label == "people.Person":
        if visibility.is_external(user):
            return nothing
        if not visibility.sees_deactivated_people(user):
            clauses.append({"term": {"is_active_filter": True}})
    elif kind.model_label == "wagtaildocs.Document":
        blocked = visibility.blocked_collection_ids(user)
        if blocked is None:
            return nothing
        if blocked:
            must_not.append({"terms": {"collection_id_filter": blocked}})
        confined = visibility.confined_collection_ids(user)
        if confined is not None:
            clauses.append({"terms": {"collection_id_filter": confined}})
    else:
        tree = _tree_scope(user, kind)
        if tree is None:
            return nothing
        if kind.model_label != "groups.GroupPost":
            clauses.append({"term": {"live_filter": True}})
        clauses += tree["filter"]
        must_not += tree["must_not"]
        if scope.language is not None and is_page_kind(kind):
            clauses += _language_filter(scope)
    if must_not:
        clauses.append({"bool": {"must_not": must_not}})
    return clauses


# Index columns holding the path of the group a document belongs to: a
# group's home is its own path, its pages and posts carry their group's.
GROUP_PATH_COLUMNS = {
    "groups.GroupPost": ["group_path_filter"],
    "default": ["path_filter", "groups_groupwikipage__group_path_filter"],
}


def _tree_scope(user, kind: SearchKind) -> dict | None:
    """Return the filters that keep ``kind``'s results to the parts of the
    page tree ``user`` may see; None when nothing is visible.

    Subtrees under a view restriction are left out by path prefix; the many
    restricted groups by one list of group paths (cms.visibility).
    """
    blocked = visibility.blocked_page_paths(user)
    groups = visibility.blocked_group_paths(user)
    confined = visibility.confined_page_paths(user)
    if blocked is None or confined == []:
        return None
    is_post = kind.model_label == "groups.GroupPost"
    path_column = "group_path_filter" if is_post else "path_filter"
    group_columns = GROUP_PATH_COLUMNS["groups.GroupPost" if is_post else "default"]
    scope = {
        "filter": [],
        "must_not": [{"prefix": {path_column: path}} for path in blocked],
    }
    if confined is not None:
        scope["filter"].append(_any_terms(group_columns, confined))
    if groups:
        in_blocked_group = _any_terms(group_columns, groups)
        if kind.model_label == "groups.GroupPage":
            # Closed groups are listed for all staff; their content is not.
            closed = {"term": {"groups_grouppage__visibility_filter": "closed"}}
            scope["filter"].append(
                {
                    "bool": {
                        "should": [
                            {"bool": {"must_not": in_blocked_group}},
                            closed,
                        ],
                        "minimum_should_match": 1,
                    }
                }
            )
        else:
            scope["must_not"].append(in_blocked_group)
    return scope


def _any_terms(columns: list[str], values: list[str]) -> dict:
    """Match documents whose value in any of ``columns`` is one of ``values``."""
    clauses = [{"terms": {column: values}} for column in columns]
    if len(clauses) == 1:
        return clauses[0]
    return {"bool": {"should": clauses, "minimum_should_match": 1}}


def _facet_filters(kind: SearchKind, filters: dict[str, list[str]]) -> list[dict]:
    clauses = []
    for facet in kind.facets:
        values = filters.get(facet.key)
        if values:
            if facet.key != "skill":
                values = [int(value) for value in values]
            clauses.append({"terms": {facet.column: values}})
    return clauses


def _boost_fields(backend, kind: SearchKind) -> list[str]:
    return _boost_fields_for(backend.mapping_class, kind)


@functools.cache
def _boost_fields_for(mapping_class, kind: SearchKind) -> list[str]:
    mapping = mapping_class(kind.model)
    boosts = set()
    for model in [kind.model, *_indexed_subclasses(kind.model)]:
        for search_field in model.get_searchable_search_fields():
            if search_field.boost:
                boosts.add(float(search_field.boost))
    return [f"{mapping.get_boost_field_name(b)}^{b:g}" for b in sorted(boosts)]


def _indexed_subclasses(model) -> list:
    from wagtail.search.index import get_indexed_models

    return [m for m in get_indexed_models() if issubclass(m, model) and m is not model]


def _text_columns(kind: SearchKind, language: str | None) -> list[str]:
    """The fields every word must match in: a page's text in its own
    language (stemmed as that language is), or for the other kinds all
    their text."""
    if not is_page_kind(kind):
        return ["_all_text"]
    if language is not None:
        # Dutch pages stand in where a translation is missing (the filter
        # keeps them to those): match them in Dutch.
        codes = dict.fromkeys([language, languages.default_language()])
        return [language_column(code) for code in codes]
    return [language_column(code) for code in languages.language_codes()]


def _any_column(columns: list[str], clause) -> dict:
    """``clause(column)`` for one column, or a should over several."""
    if len(columns) == 1:
        return clause(columns[0])
    return {
        "bool": {
            "should": [clause(column) for column in columns],
            "minimum_should_match": 1,
        }
    }


def _text_query(
    backend, kind: SearchKind, parsed: ParsedQuery, language: str | None = None
) -> dict:
    """Every word must match somewhere (with typo tolerance); matches in
    boosted fields (names, titles) score higher; phrases must match as
    written. Pages match in the text of their language, analysed with its
    stemmer; a query in all languages is analysed for each of them."""
    must, should = [], []
    columns = _text_columns(kind, language)
    if parsed.words:
        words = " ".join(parsed.words)
        must.append(
            _any_column(
                columns,
                lambda column: {
                    "match": {
                        column: {
                            "query": words,
                            "operator": "and",
                            "fuzziness": FUZZINESS,
                            "prefix_length": 1,
                        }
                    }
                },
            )
        )
        fields = ["_all_text", *_boost_fields(backend, kind)]
        should.append({"multi_match": {"query": words, "fields": fields}})
        should.append(
            {
                "multi_match": {
                    "query": words,
                    "fields": fields,
                    "fuzziness": FUZZINESS,
                    "prefix_length": 1,
                    "boost": 0.5,
                }
            }
        )
    for phrase in parsed.phrases:
        must.append(
            _any_column(
                columns,
                lambda column, phrase=phrase: {"match_phrase": {column: phrase}},
            )
        )
    query = {"bool": {"must": must, "should": should}}
    if kind.model_label == "people.Person" and PHONE_OR_EMAIL.match(parsed.text):
        exact = parsed.text.lower().replace(" ", "")
        query = {
            "bool": {
                "should": [
                    query,
                    {"term": {"email_address_filter": exact}},
                    {"term": {"phone_numbers_filter": exact}},
                ],
                "minimum_should_match": 1,
            }
        }
    return query


def _index_names(backend, kinds) -> list[str]:
    return sorted({backend.get_index_for_model(kind.model).name for kind in kinds})


def _es_search(backend, body: dict, indices: list[str]) -> dict:
    try:
        return backend.es.search(
            index=",".join(indices), body=body, ignore_unavailable=True
        )
    except Exception as error:
        logger.warning("search engine query failed error=%s", type(error).__name__)
        raise SearchUnavailable from error


def engine_search(user, parsed, kind, filters, page, scope) -> SearchOutcome:
    backend = engine_backend()
    outcome = SearchOutcome(kind=kind, page=page, language=scope.language)
    active_filter = {"bool": {"filter": _kind_filter(kind, user, scope)}}
    should = []
    for each in KINDS:
        clauses = _kind_filter(each, user, scope)
        if each is kind:
            clauses += _facet_filters(kind, filters)
        text = _text_query(backend, each, parsed, scope.language)
        should.append({"bool": {"filter": clauses, "must": text}})
    aggs = {
        "kinds": {
            "filters": {
                "filters": {
                    each.key: {"bool": {"filter": _kind_filter(each, user, scope)}}
                    for each in KINDS
                }
            }
        }
    }
    for facet in kind.facets:
        aggs[f"facet_{facet.key}"] = {
            "filter": active_filter,
            "aggs": {"values": {"terms": {"field": facet.column, "size": FACET_SIZE}}},
        }
    body = {
        "query": {"bool": {"should": should, "minimum_should_match": 1}},
        "post_filter": active_filter,
        "aggs": aggs,
        "from": (page - 1) * PER_PAGE,
        "size": PER_PAGE,
        "_source": False,
        "track_total_hits": True,
        "highlight": {
            "encoder": "html",
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "fragment_size": 160,
            "number_of_fragments": 1,
            "require_field_match": False,
            "fields": {name: {} for name in kind.highlight_fields},
        },
    }
    response = _es_search(backend, body, _index_names(backend, KINDS))
    total = response["hits"]["total"]
    outcome.total = total["value"] if isinstance(total, dict) else total
    buckets = response["aggregations"]["kinds"]["buckets"]
    outcome.kind_counts = {key: bucket["doc_count"] for key, bucket in buckets.items()}
    hits = response["hits"]["hits"]
    snippets = {
        hit["_id"]: next(iter(hit.get("highlight", {}).values()), [""])[0]
        for hit in hits
    }
    outcome.results = _load_results(kind, [hit["_id"] for hit in hits], snippets)
    for facet in kind.facets:
        values = response["aggregations"][f"facet_{facet.key}"]["values"]["buckets"]
        counts = {str(bucket["key"]): bucket["doc_count"] for bucket in values}
        outcome.facets[facet.key] = _facet_values(facet, counts, filters)
    return outcome


# Database backend ------------------------------------------------------------


def _database_ranked(text: str, queryset, autocomplete=False) -> list:
    """Return the pks of ``queryset`` matching ``text``, best first.

    Wagtail's database backend filters only on indexed fields, so it ranks
    the whole model and the ORM keeps what the user may see (the first
    DATABASE_LIMIT matches).
    """
    backend = get_search_backend()
    every = queryset.model.objects.all()
    method = backend.autocomplete if autocomplete else backend.search
    ranked = [obj.pk for obj in method(text, every)[:DATABASE_LIMIT]]
    allowed = set(queryset.filter(pk__in=ranked).values_list("pk", flat=True))
    return [pk for pk in ranked if pk in allowed]


def _in_language(kind: SearchKind, queryset, language: str | None):
    if not is_page_kind(kind):
        return queryset
    if language is None:
        # Every language, but no page standing in for a translation (the
        # database backend may still hold one that was a translation).
        return queryset.exclude(languages.standing_in())
    return languages.in_language(queryset, language)


def database_search(user, parsed, kind, filters, page, scope) -> SearchOutcome:
    outcome = SearchOutcome(kind=kind, page=page, language=scope.language)
    for each in KINDS:
        queryset = _in_language(each, each.queryset(user), scope.language)
        if each is kind:
            for facet in kind.facets:
                if filters.get(facet.key):
                    queryset = queryset.filter(
                        **{f"{facet.orm}__in": filters[facet.key]}
                    )
        ranked = _database_ranked(parsed.plain, queryset)
        outcome.kind_counts[each.key] = len(ranked)
        if each is not kind:
            continue
        start = (page - 1) * PER_PAGE
        ids = [str(pk) for pk in ranked[start : start + PER_PAGE]]
        outcome.total = len(ranked)
        outcome.results = _load_results(kind, ids, {}, parsed)
        for facet in kind.facets:
            rows = (
                kind.model.objects.filter(pk__in=ranked)
                .order_by()  # the tree's path ordering would split groups
                .values(facet.orm)
                .annotate(n=Count("pk", distinct=True))
            )
            counts = {str(r[facet.orm]): r["n"] for r in rows if r[facet.orm]}
            outcome.facets[facet.key] = _facet_values(facet, counts, filters)
    return outcome


# Shared ------------------------------------------------------------------


def _facet_values(facet, counts: dict[str, int], filters) -> list[FacetValue]:
    labels = _facet_labels(facet, list(counts))
    selected = set(filters.get(facet.key, []))
    values = [
        FacetValue(value, labels.get(value, value), count, value in selected)
        for value, count in counts.items()
        if value in labels and count
    ]
    return sorted(values, key=lambda v: (-v.count, v.label.lower()))


def _facet_labels(facet: Facet, values: list[str]) -> dict[str, str]:
    from people.models import Organisation, OrgUnit

    if facet.key == "skill":
        from taggit.models import Tag

        tags = Tag.objects.filter(slug__in=values)
        return {tag.slug: tag.name for tag in tags}
    ids = [int(value) for value in values if value.isdigit()]
    if facet.key == "organisation":
        objects = Organisation.objects.filter(pk__in=ids)
    elif facet.key == "unit":
        objects = OrgUnit.objects.filter(pk__in=ids)
    else:
        return {
            str(locale.pk): languages.language_label(locale.language_code)
            for locale in Locale.objects.filter(pk__in=ids)
        }
    return {str(obj.pk): obj.localized_name for obj in objects}


def _highlight(text: str, parsed: ParsedQuery | None) -> str:
    text = escape(text)
    if parsed:
        for word in parsed.plain.split():
            if len(word) > 1:
                pattern = re.compile(re.escape(escape(word)), re.IGNORECASE)
                text = pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", text)
    return text


def _load_results(kind, ids: list[str], snippets, parsed=None) -> list[Result]:
    from people.models import Person

    if not ids:
        return []
    results = {}
    if kind.model_label == "people.Person":
        for person in Person.objects.for_listing().filter(pk__in=ids):
            snippet = snippets.get(str(person.pk)) or _highlight(
                person.job_title, parsed
            )
            unit = person.org_unit.localized_name if person.org_unit_id else ""
            results[str(person.pk)] = Result(
                "people",
                person.full_name,
                person.get_absolute_url(),
                snippet,
                unit,
                person,
            )
    elif kind.model_label == "groups.GroupPost":
        from groups.views import show_in_reader_language

        posts = list(kind.model.objects.select_related("group").filter(pk__in=ids))
        # Each post under its group's name in the reader's language.
        show_in_reader_language([post.group for post in posts])
        for post in posts:
            snippet = snippets.get(str(post.pk)) or _highlight(post.body[:200], parsed)
            results[str(post.pk)] = Result(
                "posts",
                post.group.shown.title,
                post.get_absolute_url(),
                snippet,
                post.created_at.date().isoformat(),
                post,
            )
    elif kind.model_label == "wagtaildocs.Document":
        for document in kind.model.objects.filter(pk__in=ids):
            results[str(document.pk)] = Result(
                "documents",
                document.title,
                document.url,
                snippets.get(str(document.pk), ""),
                document.file_extension.upper(),
                document,
            )
    else:
        for page in Page.objects.filter(pk__in=ids).specific():
            intro = (
                getattr(page, "intro", "")
                or getattr(page, "description", "")
                or page.search_description
            )
            snippet = snippets.get(str(page.pk)) or _highlight(
                _plain(str(intro))[:200], parsed
            )
            date = getattr(page, "date", None)
            results[str(page.pk)] = Result(
                kind.key,
                page.title,
                page.get_url() or "",
                snippet,
                date.isoformat() if date else "",
                page,
                languages.language_of_locale(page.locale_id) or "",
            )
    for result in results.values():
        result.snippet = mark_safe(result.snippet)  # noqa: S308 -- escaped above or by the engine's html encoder
    return [results[i] for i in ids if i in results]


def _plain(html: str) -> str:
    from django.utils.html import strip_tags

    return strip_tags(html)


def search(user, parsed: ParsedQuery, kind_key: str | None, params, page: int):
    """Search for ``parsed`` as ``user``, in the language of the ``locale``
    parameter (the current language by default, ``all`` for every one);
    raise SearchUnavailable when the engine does not answer."""
    kind = get_kind(kind_key)
    filters, ignored = clean_filters(kind, params)
    language, understood = clean_language(params.get("locale"))
    if not understood or len(params.getlist("locale")) > 1:
        ignored.append("locale")
    page = min(max(page, 1), MAX_PAGE)
    runner = engine_search if engine_backend() else database_search
    outcome = runner(user, parsed, kind, filters, page, LanguageScope.of(language))
    outcome.ignored_filters = ignored
    return outcome


# Autocomplete ------------------------------------------------------------


def autocomplete(user, text: str, language: str | None = None) -> list[dict]:
    """Return up to ten people and pages whose names or titles start with
    what was typed; pages in ``language`` (None: all languages)."""
    kinds = [kind for kind in KINDS if kind.autocomplete]
    backend = engine_backend()
    if backend is None:
        return _database_autocomplete(user, text, kinds, language)
    scope = LanguageScope.of(language)
    should = [
        {
            "bool": {
                "filter": _kind_filter(kind, user, scope),
                "must": {"match": {"_edgengrams": {"query": text, "operator": "and"}}},
            }
        }
        for kind in kinds
    ]
    body = {
        "query": {"bool": {"should": should, "minimum_should_match": 1}},
        "size": AUTOCOMPLETE_SIZE,
        "_source": ["_django_content_type"],
    }
    response = _es_search(backend, body, _index_names(backend, kinds))
    ids = {"people": [], "pages": []}
    order = []
    for hit in response["hits"]["hits"]:
        types = hit["_source"]["_django_content_type"]
        group = "people" if "people.Person" in types else "pages"
        ids[group].append(hit["_id"])
        order.append((group, hit["_id"]))
    return _suggestions(ids, order)


def _database_autocomplete(user, text, kinds, language) -> list[dict]:
    ids = {"people": [], "pages": []}
    order = []
    for kind in kinds:
        group = "people" if kind.key == "people" else "pages"
        queryset = _in_language(kind, kind.queryset(user), language)
        ranked = _database_ranked(text, queryset, autocomplete=True)
        for pk in ranked[:AUTOCOMPLETE_SIZE]:
            ids[group].append(str(pk))
            order.append((group, str(pk)))
    return _suggestions(ids, order)[:AUTOCOMPLETE_SIZE]


def _suggestions(ids, order) -> list[dict]:
    from people.models import Person

    found = {}
    for person in Person.objects.select_related("user").filter(pk__in=ids["people"]):
        found[("people", str(person.pk))] = {
            "kind": "people",
            "title": person.full_name,
            "url": person.get_absolute_url(),
            "api_url": api_url(person),
            "meta": person.job_title,
        }
    for page in Page.objects.filter(pk__in=ids["pages"]):
        found[("pages", str(page.pk))] = {
            "kind": "pages",
            "title": page.title,
            "url": page.get_url() or "",
            "api_url": api_url(page),
            "meta": "",
            "locale": languages.language_of_locale(page.locale_id) or "",
        }
    return [found[key] for key in order if key in found]

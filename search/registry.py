"""The kinds of things search finds, in one list.

Each ``SearchKind`` names its model, how it is told apart in the shared page
index, which facets it offers, and the visibility rule from cms.visibility
that trims it. Adding a kind (groups, group posts) is one entry here and
``search_fields`` on its model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from cms import visibility


@dataclass(frozen=True)
class Facet:
    """A filter with counts: ``key`` in the URL, ``column`` in the index."""

    key: str
    label: str
    column: str
    # orm: the queryset lookup the database backend counts with.
    orm: str


@dataclass(frozen=True)
class SearchKind:
    """One tab of the search page."""

    key: str
    label: str
    model_label: str
    # Content types ("app.Model") that belong to the kind, and ones that are
    # left out of it, as the index's _django_content_type field holds them.
    content_type: str
    excluded_content_types: tuple[str, ...] = ()
    facets: tuple[Facet, ...] = ()
    autocomplete: bool = False
    highlight_fields: tuple[str, ...] = ("title",)
    visible: Callable = field(default=None, repr=False)

    @property
    def model(self):
        return apps.get_model(self.model_label)

    def queryset(self, user):
        """Return the objects of this kind ``user`` may see (ORM)."""
        model = self.model
        queryset = model.objects.all()
        for label in self.excluded_content_types:
            queryset = queryset.exclude(
                content_type=_content_type(apps.get_model(label))
            )
        return self.visible(user, queryset)


def _content_type(model):
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(model)


# Narrows results to one language when all languages are searched (the
# ``locale`` parameter chooses which languages are searched at all).
LOCALE = Facet("language", _("Language"), "locale_id_filter", "locale_id")

KINDS: tuple[SearchKind, ...] = (
    SearchKind(
        key="people",
        label=_("People"),
        model_label="people.Person",
        content_type="people.Person",
        facets=(
            Facet(
                "organisation",
                _("Organisation"),
                "organisation_id_filter",
                "org_unit__organisation_id",
            ),
            Facet("unit", _("Org unit"), "org_unit_id_filter", "org_unit_id"),
            Facet("skill", _("Skills"), "skill_slugs_filter", "skills__slug"),
        ),
        autocomplete=True,
        highlight_fields=("job_title", "skill_names", "unit_path"),
        visible=visibility.visible_people,
    ),
    SearchKind(
        key="pages",
        label=_("Pages"),
        model_label="wagtailcore.Page",
        content_type="wagtailcore.Page",
        excluded_content_types=("themes.NewsPage", "groups.GroupPage"),
        facets=(LOCALE,),
        autocomplete=True,
        highlight_fields=("title", "*intro", "*body"),
        visible=visibility.visible_pages,
    ),
    SearchKind(
        key="news",
        label=_("News"),
        model_label="themes.NewsPage",
        content_type="themes.NewsPage",
        facets=(LOCALE,),
        autocomplete=True,
        highlight_fields=("title", "*intro", "*body"),
        visible=visibility.visible_pages,
    ),
    SearchKind(
        key="groups",
        label=_("Groups"),
        model_label="groups.GroupPage",
        content_type="groups.GroupPage",
        facets=(LOCALE,),
        autocomplete=True,
        highlight_fields=("title", "*description"),
        visible=visibility.visible_groups,
    ),
    SearchKind(
        key="posts",
        label=_("Posts"),
        model_label="groups.GroupPost",
        content_type="groups.GroupPost",
        highlight_fields=("body",),
        visible=visibility.visible_posts,
    ),
    SearchKind(
        key="documents",
        label=_("Documents"),
        model_label="wagtaildocs.Document",
        content_type="wagtaildocs.Document",
        highlight_fields=("title",),
        visible=visibility.visible_documents,
    ),
)


def get_kind(key: str | None) -> SearchKind:
    """Return the kind named ``key``, or the first (people) when unknown."""
    return next((kind for kind in KINDS if kind.key == key), KINDS[0])

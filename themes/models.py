"""Thematic pages and news: the centrally managed part of the page tree.

HomePage
├── ThemeIndexPage ── ThemePage ── ThemePage ...
└── NewsIndexPage ── NewsPage
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from cms.fragments import fragment_context
from cms.languages import children_in_language
from cms.visibility import page_visibility_key, visible_pages
from people.models import Organisation, in_default_language
from search.languages import LanguageIndexedMixin, language_search_fields

from .blocks import ContentStreamBlock
from .freshness.models import (  # noqa: F401 -- registers the freshness models
    ContentReview,
    DeletedPageLink,
    PageFeedback,
    ReviewCycleMixin,
    ReviewDigest,
)

# What a link to a page needs: listings load only these columns.
# alias_of: an ancestor in breadcrumbs may stand in for its translation
# (cms.languages.text_language).
LINK_FIELDS = ("id", "title", "url_path", "locale_id", "alias_of_id", "depth", "path")


class ThemeIndexPage(LanguageIndexedMixin, Page):
    """The entrance to the thematic intranet: lists the top-level themes
    (HR and pay, ICT, buildings, ...) under it."""

    intro = RichTextField(_("intro"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        *language_search_fields(),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["themes.ThemePage"]
    max_count_per_parent = 1
    # The sections are the site's main navigation.
    show_in_menus_default = True

    class Meta:
        verbose_name = _("theme index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        themes = children_in_language(ThemePage.objects.all(), self).order_by("title")
        context["themes"] = visible_pages(request.user, themes)
        return context


class ThemePage(ReviewCycleMixin, LanguageIndexedMixin, Page):
    """A page about one topic staff need (a leave scheme, the ICT helpdesk, a
    building). Themes nest: a theme can hold more specific sub-themes. Every
    theme has a content owner and a review cycle (inherited when not set)."""

    intro = models.TextField(
        _("intro"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences shown in listings and at the top."),
    )
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    settings_panels = [*Page.settings_panels, *ReviewCycleMixin.review_panels]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
        *language_search_fields(),
    ]

    parent_page_types = ["themes.ThemeIndexPage", "themes.ThemePage"]
    subpage_types = ["themes.ThemePage"]

    class Meta:
        verbose_name = _("theme page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(fragment_context(request))
        # Breadcrumbs and sub-themes are cached per set of visible pages.
        context["visibility_key"] = page_visibility_key(request.user)
        subthemes = children_in_language(ThemePage.objects.all(), self)
        subthemes = subthemes.order_by("title")
        context["subthemes"] = visible_pages(request.user, subthemes).only(
            *LINK_FIELDS, "intro"
        )
        # Breadcrumbs start below the home page (depth 2 is the site root).
        ancestors = self.get_ancestors().filter(depth__gt=2)
        context["breadcrumbs"] = ancestors.only(*LINK_FIELDS)
        # Imported here: the service module needs these page models.
        from .freshness.services import review_for_reader

        context["review"] = review_for_reader(self)
        return context


class NewsIndexPage(LanguageIndexedMixin, Page):
    """The news archive, newest first, filterable by organisation."""

    intro = RichTextField(_("intro"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        *language_search_fields(),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["themes.NewsPage"]
    max_count_per_parent = 1
    show_in_menus_default = True

    news_per_page = 12

    class Meta:
        verbose_name = _("news index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = children_in_language(NewsPage.objects.all(), self).for_listing()
        news = visible_pages(request.user, news)
        organisations = list(Organisation.objects.originals())
        selected = next(
            (o for o in organisations if o.slug == request.GET.get("organisation")),
            None,
        )
        if selected:
            news = news.for_organisation(selected.pk)
        paginator = Paginator(news, self.news_per_page)
        context["news_page"] = paginator.get_page(request.GET.get("page"))
        context["organisations"] = organisations
        context["selected_organisation"] = selected
        return context


NEWS_IMAGE_LISTING_SPEC = "fill-480x270"


class NewsPageQuerySet(PageQuerySet):
    def for_listing(self):
        """Order newest first and fetch what a news card shows in fixed queries."""
        images = get_image_model().objects.prefetch_renditions(NEWS_IMAGE_LISTING_SPEC)
        return (
            self.order_by("-date", "-pk")
            .defer_streamfields()
            .prefetch_related(
                Prefetch("image", queryset=images), "target_organisations"
            )
        )

    def for_organisation(self, organisation_id: int | None):
        """Keep news addressed to everyone or to the given organisation."""
        targets = NewsPage.target_organisations.through.objects.filter(
            newspage_id=OuterRef("pk")
        )
        for_everyone = ~Exists(targets)
        if organisation_id is None:
            return self.filter(for_everyone)
        return self.filter(
            for_everyone | Exists(targets.filter(organisation_id=organisation_id))
        )


class NewsPage(ReviewCycleMixin, LanguageIndexedMixin, Page):
    """A news item from the central communication team; it can target one or
    more organisations (none means everyone). It joins the review cycle only
    when it sets a review interval of its own."""

    date = models.DateField(_("date"), default=timezone.localdate)
    intro = models.TextField(_("intro"), max_length=400)
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    target_organisations = ParentalManyToManyField(
        "people.Organisation",
        blank=True,
        related_name="news",
        limit_choices_to=in_default_language,
        verbose_name=_("target organisations"),
        help_text=_("Leave empty to address everyone."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("target_organisations")],
            heading=_("Publication"),
        ),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    settings_panels = [*Page.settings_panels, *ReviewCycleMixin.review_panels]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
        index.FilterField("date"),
        *language_search_fields(),
    ]

    objects = PageManager.from_queryset(NewsPageQuerySet)()

    parent_page_types = ["themes.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news page")
        ordering = ["-date", "-pk"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The item is the same for every reader who may open it: it is
        # cached per revision (see the template).
        context.update(fragment_context(request))
        return context

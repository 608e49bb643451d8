"""The portal start page: the root of the site's page tree."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin

from cms.fragments import fragment_context
from cms.languages import children_in_language, current_language, in_language
from cms.routing import CachedRouteMixin
from cms.visibility import page_visibility_key, visible_pages
from people.models import reader_organisation_id
from search.languages import LanguageIndexedMixin, language_search_fields
from themes.models import (
    NewsIndexPage,
    NewsPage,
    ThemeIndexPage,
    ThemePage,
)


class HomePage(CachedRouteMixin, LanguageIndexedMixin, Page):
    """The start page of every workday: news for the reader's organisation,
    featured themes and a box to find a colleague. It is the site root; the
    theme and news sections hang under it. It routes URLs to pages through
    the cache (`cms.routing`)."""

    welcome = RichTextField(
        _("welcome text"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("welcome"),
        InlinePanel("featured_themes", label=_("Featured themes"), max_num=8),
        InlinePanel("quick_links", label=_("Applications and quick links")),
    ]

    search_fields = [*Page.search_fields, *language_search_fields()]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "themes.ThemeIndexPage",
        "themes.NewsIndexPage",
        "groups.GroupIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        organisation_id = reader_organisation_id(request.user)
        # Everything below is lazy: the template only runs these queries when
        # its cached fragment for this kind of reader has expired.
        fragments = fragment_context(request)
        context["fragment_timeout"] = fragments["fragment_timeout"]
        context["fragment_key"] = "{}:{}:{}:{}".format(
            self.locale_id,
            organisation_id,
            page_visibility_key(request.user),
            fragments["content_version"],
        )
        news = children_in_language(NewsPage.objects.all(), self, descendants=True)
        news = news.for_listing()
        news = news.for_organisation(organisation_id)
        news = visible_pages(request.user, news)
        context["news"] = news[: settings.WERKPLEK_HOME_NEWS_COUNT]

        # Each featured theme in the language being read: its translation,
        # or the theme itself where there is none (a translated home page's
        # rows may point to the Dutch themes, as wagtail-localize copies them).
        rows = self.featured_themes.all()
        themes = ThemePage.objects.filter(
            translation_key__in=rows.values("theme__translation_key")
        ).annotate(
            featured_order=Subquery(
                rows.filter(theme__translation_key=OuterRef("translation_key"))
                .order_by("sort_order")
                .values("sort_order")[:1]
            )
        )
        themes = in_language(themes, current_language())
        # Featured themes show a title and intro: leave their bodies unread.
        context["featured_themes"] = (
            visible_pages(request.user, themes)
            .order_by("featured_order", "path")
            .defer("body")
        )
        context["quick_links"] = self.quick_links.all()
        sections = visible_pages(request.user, self.get_children())
        context["news_index"] = SimpleLazyObject(
            lambda: sections.type(NewsIndexPage).first()
        )
        context["theme_index"] = SimpleLazyObject(
            lambda: sections.type(ThemeIndexPage).first()
        )
        return context


class HomeFeaturedTheme(Orderable):
    """A theme page the portal puts forward (e.g. 'Verlof en afwezigheid')."""

    home = ParentalKey(
        HomePage, on_delete=models.CASCADE, related_name="featured_themes"
    )
    theme = models.ForeignKey(
        "themes.ThemePage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("theme"),
    )

    panels = [FieldPanel("theme")]


class HomeQuickLink(TranslatableMixin, Orderable):
    """A link to another application staff use every day (pay slips, the
    ticketing desk, the room booking system); the portal is the way in.

    Translatable, so that wagtail-localize offers its title and description
    for translation with the home page (a link of the English home is the
    translation of the Dutch one)."""

    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="quick_links")
    title = models.CharField(_("title"), max_length=60)
    url = models.URLField(_("URL"))
    description = models.CharField(_("description"), max_length=120, blank=True)

    panels = [FieldPanel("title"), FieldPanel("url"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]

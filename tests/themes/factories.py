"""Factories for thematic pages and news, built on wagtail-factories."""

import datetime

import factory
import wagtail_factories

from themes.models import NewsIndexPage, NewsPage, ThemeIndexPage, ThemePage


class ThemeIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ThemeIndexPage

    title = "Thema's"
    slug = "themas"


class ThemePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ThemePage

    title = factory.Sequence(lambda n: f"Thema {n}")
    intro = "Alles wat je moet weten over dit onderwerp."
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>Lees hier hoe het werkt.</p>")]
    )


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "Nieuws"
    slug = "nieuws"


class NewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Nieuwsbericht {n}")
    intro = "Kort nieuws voor alle collega's."
    date = factory.Sequence(
        lambda n: datetime.date(2026, 11, 30) - datetime.timedelta(days=n)
    )

    @factory.post_generation
    def target_organisations(self, create, organisations, **kwargs):
        if create and organisations:
            self.target_organisations.set(organisations)
            self.save()

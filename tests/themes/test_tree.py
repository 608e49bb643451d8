"""The page tree keeps its shape: portal, themes, news."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from groups.models import GroupIndexPage
from home.models import HomePage
from themes.models import NewsIndexPage, NewsPage, ThemeIndexPage, ThemePage


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_holds_the_sections(self):
        self.assertAllowedSubpageTypes(
            HomePage, {ThemeIndexPage, NewsIndexPage, GroupIndexPage}
        )
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_themes_nest_under_the_theme_index_and_each_other(self):
        self.assertAllowedParentPageTypes(ThemePage, {ThemeIndexPage, ThemePage})
        self.assertAllowedSubpageTypes(ThemePage, {ThemePage})
        self.assertAllowedSubpageTypes(ThemeIndexPage, {ThemePage})

    def test_news_lives_only_under_the_news_index(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})

    def test_news_cannot_be_created_under_a_theme(self):
        self.assertCanNotCreateAt(ThemePage, NewsPage)
        self.assertCanNotCreateAt(ThemeIndexPage, NewsPage)
        self.assertCanNotCreateAt(NewsIndexPage, ThemePage)

    def test_one_theme_index_and_one_news_index_per_portal(self):
        home = HomePage.objects.get()
        self.assertCanCreateAt(HomePage, ThemeIndexPage)
        home.add_child(instance=ThemeIndexPage(title="Thema's", slug="themas"))
        home.add_child(instance=NewsIndexPage(title="Nieuws", slug="nieuws"))

        self.assertFalse(ThemeIndexPage.can_create_at(home))
        self.assertFalse(NewsIndexPage.can_create_at(home))

    def test_editors_can_create_a_theme_page_through_the_admin(self):
        home = HomePage.objects.get()
        index = home.add_child(instance=ThemeIndexPage(title="Thema's", slug="themas"))
        self.login()

        self.assertCanCreate(
            index,
            ThemePage,
            nested_form_data(
                {
                    "title": "Fietsvergoeding",
                    "slug": "fietsvergoeding",
                    "intro": "Wie met de fiets komt, krijgt een vergoeding.",
                    "body": streamfield(
                        [("paragraph", rich_text("<p>Per kilometer.</p>"))]
                    ),
                }
            ),
        )

"""Groups keep their place in the page tree."""

from wagtail.test.utils import WagtailPageTestCase

from groups.models import GroupIndexPage, GroupPage, GroupWikiPage
from home.models import HomePage
from themes.models import ThemeIndexPage, ThemePage


class GroupTreeRulesTests(WagtailPageTestCase):
    def test_groups_live_under_the_group_index_on_the_portal(self):
        self.assertAllowedParentPageTypes(GroupIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(GroupIndexPage, {GroupPage})
        self.assertAllowedParentPageTypes(GroupPage, {GroupIndexPage})

    def test_group_pages_nest_inside_a_group_only(self):
        self.assertAllowedSubpageTypes(GroupPage, {GroupWikiPage})
        self.assertAllowedParentPageTypes(GroupWikiPage, {GroupPage, GroupWikiPage})
        self.assertCanNotCreateAt(ThemePage, GroupWikiPage)
        self.assertCanNotCreateAt(ThemeIndexPage, GroupPage)
        self.assertCanNotCreateAt(GroupWikiPage, ThemePage)

    def test_one_group_index_per_portal(self):
        home = HomePage.objects.get()
        home.add_child(instance=GroupIndexPage(title="Groepen", slug="groepen"))
        self.assertFalse(GroupIndexPage.can_create_at(home))

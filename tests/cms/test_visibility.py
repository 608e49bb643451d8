"""The one place that decides visibility: pages and people."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from wagtail.models import Page, PageViewRestriction

from cms.visibility import (
    can_edit_person,
    can_view_page,
    can_view_person,
    visible_pages,
    visible_people,
)
from tests.people.factories import UserFactory, person_for
from tests.themes.factories import ThemePageFactory
from themes.models import ThemePage

pytestmark = pytest.mark.django_db


def restrict(page, kind, groups=(), password=""):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password=password
    )
    restriction.groups.set(groups)
    return restriction


@pytest.fixture
def tree(theme_index):
    open_page = ThemePageFactory(parent=theme_index, title="Open")
    staff_only = ThemePageFactory(parent=theme_index, title="Ingelogd")
    board = ThemePageFactory(parent=theme_index, title="Directie")
    board_child = ThemePageFactory(parent=board, title="Directie verslag")
    secret = ThemePageFactory(parent=theme_index, title="Wachtwoord")
    draft = ThemePageFactory(parent=theme_index, title="Concept", live=False)
    group = Group.objects.create(name="Directieraad")
    restrict(staff_only, PageViewRestriction.LOGIN)
    restrict(board, PageViewRestriction.GROUPS, groups=[group])
    restrict(secret, PageViewRestriction.PASSWORD, password="geheim")
    return {
        "open": open_page, "staff_only": staff_only, "board": board,
        "board_child": board_child, "secret": secret, "draft": draft, "group": group,
    }  # fmt: skip


def titles(user) -> set[str]:
    pages = visible_pages(user, ThemePage.objects.all())
    return set(pages.values_list("title", flat=True))


def test_staff_see_live_open_and_login_pages(tree, user):
    assert titles(user) == {"Open", "Ingelogd"}


def test_group_members_also_see_the_restricted_branch(tree, user):
    user.groups.add(tree["group"])

    assert titles(user) == {"Open", "Ingelogd", "Directie", "Directie verslag"}


def test_superusers_see_every_live_page(tree):
    admin = UserFactory(is_superuser=True)

    assert titles(admin) == {
        "Open", "Ingelogd", "Directie", "Directie verslag", "Wachtwoord"
    }  # fmt: skip


def test_anonymous_sees_nothing(tree):
    assert titles(AnonymousUser()) == set()
    assert not can_view_page(AnonymousUser(), tree["open"])


def test_single_page_check_agrees_with_the_listing(tree, user):
    for name in ["open", "staff_only", "board", "board_child", "secret", "draft"]:
        page = tree[name]
        listed = visible_pages(user, Page.objects.filter(pk=page.pk)).exists()
        assert can_view_page(user, page) is listed, name


def test_people_visibility_and_editing(user, hr_user):
    colleague = person_for()
    gone = person_for(UserFactory(is_active=False))

    assert set(visible_people(user)) == {user.person, colleague, hr_user.person}
    assert gone in visible_people(hr_user)
    assert not can_view_person(user, gone) and can_view_person(hr_user, gone)
    assert can_edit_person(user, user.person)
    assert not can_edit_person(user, colleague)
    assert can_edit_person(hr_user, colleague)
    assert not visible_people(AnonymousUser()).exists()

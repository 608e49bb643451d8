"""Property: whatever the tree and whoever searches, every result and every
count is something that user may view (cms.visibility decides)."""

import itertools

from django.contrib.auth.models import Group
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page, PageViewRestriction

from cms.visibility import can_view_page, visible_pages
from tests.people.factories import UserFactory
from tests.themes.factories import ThemePageFactory

STATES = ["public", "login", "group-a", "group-b", "password", "draft"]

nodes = st.lists(
    st.tuples(st.integers(min_value=-1, max_value=10), st.sampled_from(STATES)),
    min_size=1,
    max_size=9,
)
viewers = st.sampled_from(["staff", "group-a", "group-b", "both", "admin"])


def build_tree(theme_index, word, spec, groups):
    pages = []
    for n, (parent_at, state) in enumerate(spec):
        parent = pages[parent_at] if 0 <= parent_at < len(pages) else theme_index
        page = ThemePageFactory(
            parent=parent, title=f"zoek{word} {n}", live=state != "draft"
        )
        if state in ("login", "group-a", "group-b", "password"):
            kind = {
                "login": PageViewRestriction.LOGIN,
                "password": PageViewRestriction.PASSWORD,
            }.get(state, PageViewRestriction.GROUPS)
            restriction = PageViewRestriction.objects.create(
                page=page, restriction_type=kind, password="geheim"
            )
            if kind == PageViewRestriction.GROUPS:
                restriction.groups.set([groups[state]])
        pages.append(page)
    return pages


def make_viewer(kind, groups):
    user = UserFactory(is_superuser=kind == "admin")
    for key in {"group-a": ["group-a"], "group-b": ["group-b"]}.get(
        kind, ["group-a", "group-b"] if kind == "both" else []
    ):
        user.groups.add(groups[key])
    return user


def test_results_and_counts_are_viewable(engine, theme_index, committed, client):
    groups = {
        "group-a": Group.objects.create(name="Groep A"),
        "group-b": Group.objects.create(name="Groep B"),
    }

    examples = itertools.count()

    @settings(
        max_examples=6,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(spec=nodes, viewer=viewers)
    def check(spec, viewer):
        # A word of its own per example: earlier examples' pages stay.
        word = "".join(chr(97 + int(d)) for d in f"{next(examples):06d}")
        committed(build_tree, theme_index, word, spec, groups)
        user = make_viewer(viewer, groups)
        client.force_login(user)
        query = f"zoek{word}"
        data = client.get("/api/search/", {"q": query, "kind": "pages"}).json()

        titles = set()
        for page_number in range(1, data["num_pages"] + 1):
            page_data = client.get(
                "/api/search/", {"q": query, "kind": "pages", "page": page_number}
            ).json()
            titles.update(result["title"] for result in page_data["results"])
        # Typo tolerance may bring in pages of earlier examples: they too
        # must be viewable, and every page with the word must be there.
        pages = Page.objects.filter(title__startswith="zoek")
        viewable = {p.title for p in pages if can_view_page(user, p)}
        with_word = pages.filter(title__startswith=query)
        allowed = {p.title for p in with_word if can_view_page(user, p)}
        assert titles <= viewable
        assert allowed <= titles
        assert visible_pages(user, with_word).count() == len(allowed)
        assert data["total"] == data["counts"]["pages"] == len(titles)
        locale_counts = [value["count"] for value in data["facets"]["language"]]
        assert sum(locale_counts) == len(titles)

    check()

"""Search and autocomplete over groups, their pages and posts: a closed or
secret group's content only for members, on every engine."""

import pytest

from groups import services
from groups.models import GroupPost
from tests.groups.factories import add_member, add_wiki_page, make_group
from tests.people.factories import UserFactory


def search(client, query, kind):
    data = client.get("/api/search/", {"q": query, "kind": kind}).json()
    return [result["title"] for result in data["results"]], data["counts"]


@pytest.fixture
def groups(engine, home_page, committed):
    owner, member = UserFactory(), UserFactory()

    def build():
        made = {}
        for kind in ("open", "closed", "secret"):
            group = make_group(
                home_page, owner, title=f"Kwartel {kind}", visibility=kind,
                members=[member],
            )  # fmt: skip
            add_wiki_page(group, title=f"Kwartelplan {kind}")
            GroupPost.objects.create(
                group=group, author=owner, body=f"Kwartelnieuws {kind}"
            )
            made[kind] = group
        return made

    made = committed(build)
    return {"member": member, "owner": owner, **made}


def test_outsiders_find_open_content_and_closed_groups_only(groups, client, committed):
    client.force_login(committed(UserFactory))
    titles, counts = search(client, "kwartel", "groups")
    assert sorted(titles) == ["Kwartel closed", "Kwartel open"]
    assert counts["groups"] == 2
    titles, counts = search(client, "kwartelplan", "pages")
    assert titles == ["Kwartelplan open"] and counts["pages"] == 1
    titles, counts = search(client, "kwartelnieuws", "posts")
    assert titles == ["Kwartel open"] and counts["posts"] == 1

    suggestions = client.get("/api/search/autocomplete/", {"q": "kwart"}).json()
    suggested = {s["title"] for s in suggestions["suggestions"]}
    assert "Kwartel secret" not in suggested
    assert not {"Kwartelplan closed", "Kwartelplan secret"} & suggested


def test_members_find_everything_of_their_groups(groups, client):
    client.force_login(groups["member"])
    titles, counts = search(client, "kwartelplan", "pages")
    assert sorted(titles) == [f"Kwartelplan {k}" for k in ("closed", "open", "secret")]
    titles, counts = search(client, "kwartelnieuws", "posts")
    assert counts["posts"] == 3
    titles, _counts = search(client, "kwartel", "groups")
    assert "Kwartel secret" in titles


def test_joining_shows_at_once_and_leaving_hides_again(groups, client, committed):
    newcomer = committed(UserFactory)
    client.force_login(newcomer)
    assert search(client, "kwartelplan", "pages")[1]["pages"] == 1

    committed(add_member, groups["closed"], newcomer)
    assert search(client, "kwartelplan", "pages")[1]["pages"] == 2

    committed(services.leave, newcomer, groups["closed"])
    assert search(client, "kwartelplan", "pages")[1]["pages"] == 1


def test_external_partner_finds_only_their_group(groups, client, committed):
    partner = committed(UserFactory)
    partner.person.is_external = True
    committed(partner.person.save)
    committed(add_member, groups["secret"], partner)
    client.force_login(partner)
    assert search(client, "kwartelplan", "pages")[0] == ["Kwartelplan secret"]
    assert search(client, "kwartelnieuws", "posts")[1]["posts"] == 1
    assert search(client, "kwartel", "groups")[0] == ["Kwartel secret"]
    titles, counts = search(client, "kwartel", "people")
    assert counts["people"] == 0


def count_clauses(query) -> int:
    """Count the leaf queries of an engine filter (what max_clause_count
    limits), not the values inside a terms query."""
    if isinstance(query, list):
        return sum(count_clauses(item) for item in query)
    if not isinstance(query, dict):
        return 0
    if "bool" in query:
        return sum(count_clauses(part) for part in query["bool"].values())
    return 1


def test_engine_filter_does_not_grow_with_restricted_groups(db, home_page):
    from search.registry import KINDS
    from search.service import _kind_filter

    def clauses(user):
        user = type(user).objects.get(pk=user.pk)  # no cached look-ups
        return {kind.key: count_clauses(_kind_filter(kind, user)) for kind in KINDS}

    reader = UserFactory()
    make_group(home_page, title="Eerste gesloten", visibility="closed")
    before = clauses(reader)
    for number in range(12):
        make_group(home_page, title=f"Gesloten {number}", visibility="secret")
    assert clauses(reader) == before


def test_every_result_names_its_api_address(groups, client, committed):
    member = groups["member"]
    client.force_login(member)
    expected = {
        "groups": ("kwartel", "/api/groups/{}/", "title"),
        "pages": ("kwartelplan", "/api/pages/{}/", "title"),
        "posts": ("kwartelnieuws", "/api/groups/{}/posts/{}/", "body"),
        "people": (member.last_name, "/api/people/{}/", "username"),
    }
    for kind, (query, pattern, field) in expected.items():
        data = client.get("/api/search/", {"q": query, "kind": kind}).json()
        assert data["results"], kind
        for result in data["results"]:
            assert result["api_url"].startswith(pattern.split("{")[0]), result
            # The address answers, for this reader, with what was found.
            found = client.get(result["api_url"])
            assert found.status_code == 200, result["api_url"]
            assert found.json()[field], result["api_url"]

    suggestions = client.get("/api/search/autocomplete/", {"q": "kwartelpl"}).json()
    pages = [s for s in suggestions["suggestions"] if s["kind"] == "pages"]
    assert pages
    for suggestion in pages:
        assert client.get(suggestion["api_url"]).json()["title"] == suggestion["title"]


@pytest.fixture
def translated_groups(groups, home_page, committed):
    """Each group offered in English, its page translated by a member."""
    from wagtail.models import Locale

    from groups.models import GroupWikiPage
    from groups.translation import segments, translate_page
    from tests.cms.translating import translate
    from tests.groups.factories import group_index

    def build():
        group_index(home_page)
        translate(home_page, "en", {})
        english = Locale.objects.get(language_code="en")
        for kind in ("open", "closed", "secret"):
            group = services.update_group(
                groups["owner"],
                groups[kind],
                title=groups[kind].title,
                description=groups[kind].description,
                visibility=kind,
                translation_languages=["en"],
            )
            page = GroupWikiPage.objects.child_of(group).get()
            title = next(s for s in segments(page, english) if s.path == "title")
            translate_page(
                groups["member"], page, "en", {title.pk: f"Quailplan {kind}"}
            )

    committed(build)
    return groups


def english_search(client, query, kind):
    data = client.get("/api/search/", {"q": query, "kind": kind, "locale": "en"}).json()
    return sorted(result["title"] for result in data["results"])


def test_translated_group_pages_keep_their_groups_rules(
    translated_groups, client, committed
):
    client.force_login(committed(UserFactory))
    assert english_search(client, "quailplan", "pages") == ["Quailplan open"]
    assert "Kwartel secret" not in english_search(client, "kwartel", "groups")
    suggestions = client.get(
        "/api/search/autocomplete/", {"q": "quail", "locale": "en"}
    ).json()
    assert {s["title"] for s in suggestions["suggestions"]} <= {"Quailplan open"}

    client.force_login(translated_groups["member"])
    assert english_search(client, "quailplan", "pages") == [
        f"Quailplan {kind}" for kind in ("closed", "open", "secret")
    ]
    # In English, each group shows once: its translation.
    assert english_search(client, "kwartel", "groups") == [
        f"Kwartel {kind}" for kind in ("closed", "open", "secret")
    ]


def test_posts_are_found_under_their_groups_name_in_the_readers_language(
    groups, home_page, client, committed
):
    from wagtail.models import Locale

    from groups.translation import segments, translate_page
    from tests.cms.translating import translate

    def build():
        translate(home_page, "en", {})
        group = services.update_group(
            groups["owner"],
            groups["open"],
            title="Kwartel open",
            description=groups["open"].description,
            visibility="open",
            translation_languages=["en"],
        )
        english = Locale.objects.get(language_code="en")
        title = next(s for s in segments(group, english) if s.path == "title")
        translate_page(groups["member"], group, "en", {title.pk: "Quail open"})

    committed(build)
    client.force_login(groups["member"])

    def titles(language):
        data = client.get(
            "/api/search/",
            {"q": "kwartelnieuws", "kind": "posts"},
            headers={"accept-language": language},
        ).json()
        return sorted(result["title"] for result in data["results"])

    assert titles("en") == ["Kwartel closed", "Kwartel secret", "Quail open"]
    assert titles("nl") == [f"Kwartel {kind}" for kind in ("closed", "open", "secret")]

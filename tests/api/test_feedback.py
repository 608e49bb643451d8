"""Page feedback through the API does what the "Was this page useful?" form
does: the same pages, the same checks, and the owner hears of it."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests.groups.factories import add_wiki_page
from tests.themes.factories import NewsPageFactory, ThemePageFactory
from themes.freshness.models import PageFeedback


@pytest.fixture
def theme_page(theme_index, owner):
    return ThemePageFactory(
        parent=theme_index, title="Verlof", content_owner=owner.person
    )


def _give(client, page, data, **extra):
    return client.post(
        f"/api/pages/{page.pk}/feedback/",
        data,
        content_type="application/json",
        **extra,
    )


@pytest.mark.parametrize("token", [False, True], ids=["session", "token"])
def test_feedback_is_stored_and_passed_on(api_as, member, owner, theme_page, token):
    response = _give(
        api_as(member, token=token),
        theme_page,
        {"useful": False, "comment": "Geldt dit ook voor deeltijders?"},
    )

    assert response.status_code == 201, response.content
    feedback = PageFeedback.objects.get()
    assert (feedback.page_id, feedback.user, feedback.useful) == (
        theme_page.pk,
        member,
        False,
    )
    assert feedback.comment == "Geldt dit ook voor deeltijders?"
    assert response.json() == {
        "id": feedback.pk,
        "page": theme_page.pk,
        "useful": False,
        "comment": "Geldt dit ook voor deeltijders?",
        "created_at": response.json()["created_at"],
    }
    # The page's content owner hears of it, as from the website's form.
    assert [message.to for message in mail.outbox] == [[owner.email]]
    assert "deeltijders" in mail.outbox[0].body


def test_the_api_and_the_website_record_the_same(
    client, api_as, member, theme_page, news_index
):
    client.force_login(member)
    url = reverse("themes:page_feedback", args=[theme_page.pk])
    client.post(url, {"useful": "yes", "comment": "Duidelijk."})
    _give(api_as(member), theme_page, {"useful": True, "comment": "Duidelijk."})

    website, api = PageFeedback.objects.order_by("pk")
    fields = ("page_id", "user_id", "useful", "comment")
    assert [getattr(api, f) for f in fields] == [getattr(website, f) for f in fields]

    news = NewsPageFactory(parent=news_index, title="Nieuwe parking")
    assert _give(api_as(member), news, {"useful": True}).status_code == 201


def test_pages_the_caller_may_not_see_are_not_found(
    api_as, member, outsider, external, theme_index, theme_page
):
    hidden = ThemePageFactory(parent=theme_index, title="Alleen directie")
    restriction = PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Directie"))
    draft = ThemePageFactory(parent=theme_index, title="Nog niet klaar", live=False)

    for page in (hidden, draft):
        response = _give(api_as(outsider), page, {"useful": True})
        assert response.status_code == 404
        assert page.title not in response.content.decode()
    # An external partner sees no thematic pages at all.
    assert _give(api_as(external), theme_page, {"useful": True}).status_code == 404
    assert _give(api_as(member), theme_page, {"useful": True}).status_code == 201
    assert PageFeedback.objects.count() == 1


def test_pages_without_a_review_cycle_take_no_feedback(
    api_as, member, outsider, groups, home_page
):
    page = add_wiki_page(groups["open"], title="Afspraken")
    secret = add_wiki_page(groups["secret"], title="Geheim")

    response = _give(api_as(member), page, {"useful": True})
    assert response.status_code == 400
    assert response.json()["code"] == "no_feedback"
    assert _give(api_as(member), home_page, {"useful": True}).status_code == 400
    # A page the caller may not see is not found, whatever its type.
    assert _give(api_as(outsider), secret, {"useful": True}).status_code == 404
    assert not PageFeedback.objects.exists()


@pytest.mark.parametrize(
    "body",
    [
        "",
        "[]",
        "{}",
        '{"useful": "maybe"}',
        '{"useful": "yes"}',
        '{"useful": null}',
        '{"useful": true, "comment": 3}',
        '{"useful": true, "comment": "a\\u0000b"}',
        '{"useful": true, "comment": "\\udfff"}',
    ],
)
def test_bad_bodies_are_refused(api_as, member, theme_page, body):
    response = api_as(member).post(
        f"/api/pages/{theme_page.pk}/feedback/", body, content_type="application/json"
    )
    assert response.status_code == 422, response.content
    assert response.json()["code"] == "invalid"
    assert not PageFeedback.objects.exists()


def test_a_long_comment_has_the_forms_message(api_as, member, theme_page):
    client = api_as(member)
    response = _give(
        client,
        theme_page,
        {"useful": True, "comment": "x" * 1001},
        headers={"accept-language": "en"},
    )
    assert response.status_code == 422
    assert response.json()["message"] == (
        "comment: Ensure this value has at most 1000 characters (it has 1001)."
    )
    assert (
        _give(client, theme_page, {"useful": True, "comment": "x" * 1000}).status_code
        == 201
    )


def test_anonymous_callers_and_missing_csrf_tokens(db, member, theme_page):
    assert _give(Client(), theme_page, {"useful": True}).status_code == 401

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(member)
    assert _give(strict, theme_page, {"useful": True}).status_code == 403
    strict.cookies["csrftoken"] = "b" * 32
    accepted = _give(
        strict, theme_page, {"useful": True}, headers={"x-csrftoken": "b" * 32}
    )
    assert accepted.status_code == 201
    assert PageFeedback.objects.count() == 1


def test_unknown_pages_and_parameters(api_as, member, theme_page):
    client = api_as(member)
    assert (
        _give(client, theme_page.__class__(pk=2**31), {"useful": True}).status_code
        == 404
    )
    response = client.post(
        f"/api/pages/{theme_page.pk}/feedback/?anonymous=1",
        {"useful": True},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert not PageFeedback.objects.exists()

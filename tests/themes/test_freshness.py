"""Content freshness: review cycles, the report, reviewing, reminders,
feedback and the content-health queue."""

import csv
import datetime
import io
import zoneinfo

import openpyxl
import pytest
import time_machine
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Page, PageLogEntry, PageViewRestriction
from wagtail.users.models import UserProfile

from search.models import SearchQueryLog
from tests.people.factories import (
    OrganisationFactory,
    OrgUnitFactory,
    UserFactory,
    person_for,
)
from tests.themes.factories import NewsPageFactory, ThemePageFactory
from themes.freshness.dates import (
    DUE_SOON,
    FRESH,
    OVERDUE,
    add_months,
    due_date,
    state_of,
)
from themes.freshness.health import broken_links, health_queue
from themes.freshness.models import ContentReview, PageFeedback, ReviewDigest
from themes.freshness.reminders import send_review_reminders
from themes.freshness.services import mark_reviewed, sync_all_reviews

pytestmark = pytest.mark.django_db

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
NOW = datetime.datetime(2026, 6, 15, 10, 0, tzinfo=BRUSSELS)
REPORT = "/admin/reports/content-freshness/"


@pytest.fixture(autouse=True)
def _frozen_time():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def owner():
    unit = OrgUnitFactory(organisation=OrganisationFactory(name="Stad", slug="stad"))
    return person_for(
        UserFactory(username="eigenaar", first_name="Els", last_name="Eigenaar"),
        org_unit=unit,
    )


def in_english(user):
    """Set the user's admin language to English, as the tests read it."""
    UserProfile.objects.update_or_create(
        user=user, defaults={"preferred_language": "en"}
    )
    return user


@pytest.fixture
def editor(db):
    return in_english(
        UserFactory(username="redacteur", is_superuser=True, is_staff=True)
    )


@pytest.fixture
def admin_client(client, editor):
    client.force_login(editor)
    return client


def review_of(page) -> ContentReview:
    return ContentReview.objects.get(page=page)


def reviewed_days_ago(page, days: int, user=None):
    mark_reviewed(page, user, at=NOW - datetime.timedelta(days=days), log_entry=False)


# Interval arithmetic.


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (datetime.date(2026, 1, 15), 3, datetime.date(2026, 4, 15)),
        (datetime.date(2026, 8, 31), 6, datetime.date(2027, 2, 28)),
        (datetime.date(2027, 8, 31), 6, datetime.date(2028, 2, 29)),
        (datetime.date(2028, 2, 29), 12, datetime.date(2029, 2, 28)),
        (datetime.date(2028, 2, 29), 24, datetime.date(2030, 2, 28)),
        (datetime.date(2026, 11, 30), 3, datetime.date(2027, 2, 28)),
        (datetime.date(2026, 10, 31), 12, datetime.date(2027, 10, 31)),
    ],
)
def test_add_months_clamps_to_month_end(day, months, expected):
    assert add_months(day, months) == expected


def test_due_date_counts_from_the_local_calendar_day():
    # 23:30 UTC on 28 February is 00:30 on 1 March in Brussels.
    reviewed = datetime.datetime(2026, 2, 28, 23, 30, tzinfo=datetime.UTC)

    assert due_date(reviewed, 3) == datetime.date(2026, 6, 1)


def test_states_around_today():
    today = NOW.date()

    assert state_of(today - datetime.timedelta(days=1)) == OVERDUE
    assert state_of(today) == DUE_SOON
    assert state_of(today + datetime.timedelta(days=30)) == DUE_SOON
    assert state_of(today + datetime.timedelta(days=31)) == FRESH


def test_state_changes_at_local_midnight():
    due = datetime.date(2026, 6, 15)
    # 23:59 in Brussels is still the due day; one minute later it is overdue.
    with time_machine.travel(datetime.datetime(2026, 6, 15, 23, 59, tzinfo=BRUSSELS)):
        assert state_of(due) == DUE_SOON
    with time_machine.travel(datetime.datetime(2026, 6, 16, 0, 1, tzinfo=BRUSSELS)):
        assert state_of(due) == OVERDUE


# Owners and intervals.


def test_owner_and_interval_inherited_from_the_nearest_ancestor(theme_index, owner):
    other = person_for(UserFactory())
    section = ThemePageFactory(
        parent=theme_index, content_owner=owner, review_interval_months=6
    )
    child = ThemePageFactory(parent=section)
    grandchild = ThemePageFactory(parent=child, content_owner=other)
    deeper = ThemePageFactory(parent=grandchild, review_interval_months=3)

    assert (review_of(child).owner, review_of(child).interval_months) == (owner, 6)
    assert review_of(child).owner_is_inherited
    assert review_of(grandchild).owner == other
    assert (review_of(deeper).owner, review_of(deeper).interval_months) == (other, 3)
    assert {review_of(p).section_id for p in [section, child, deeper]} == {section.pk}
    # Created by a script: no publication, no log entry; reviewed "now".
    assert review_of(child).due_on == datetime.date(2026, 12, 15)


def test_changing_a_section_owner_reaches_every_descendant(theme_index, owner):
    section = ThemePageFactory(parent=theme_index, review_interval_months=12)
    child = ThemePageFactory(parent=section)
    grandchild = ThemePageFactory(parent=child)

    section.content_owner = owner
    section.review_interval_months = 24
    section.save()

    assert review_of(grandchild).owner == owner
    assert review_of(grandchild).interval_months == 24


def test_moving_a_page_takes_the_new_sections_values(theme_index, owner):
    first = ThemePageFactory(parent=theme_index, content_owner=owner)
    second = ThemePageFactory(parent=theme_index, review_interval_months=3)
    page = ThemePageFactory(parent=first)
    below = ThemePageFactory(parent=page)

    page.move(second, pos="last-child")

    assert review_of(below).section_id == second.pk
    assert review_of(below).owner is None
    assert review_of(below).interval_months == 3


def test_default_interval_and_news_opt_in(theme_index, news_index, settings, owner):
    settings.WERKPLEK_REVIEW_DEFAULT_INTERVAL_MONTHS = 6
    section = ThemePageFactory(parent=theme_index)
    news = NewsPageFactory(parent=news_index)
    opted_in = NewsPageFactory(
        parent=news_index, content_owner=owner, review_interval_months=3
    )

    assert review_of(section).interval_months == 6
    assert not ContentReview.objects.filter(page=news).exists()
    assert review_of(opted_in).section_id == news_index.pk
    assert review_of(opted_in).owner == owner


def test_deleting_the_owner_lets_pages_inherit_again(theme_index, owner):
    boss = person_for(UserFactory())
    section = ThemePageFactory(parent=theme_index, content_owner=boss)
    page = ThemePageFactory(parent=section, content_owner=owner)

    owner.user.delete()

    assert review_of(page).owner == boss


def test_sync_all_rebuilds_missing_rows(theme_index, owner):
    section = ThemePageFactory(parent=theme_index, content_owner=owner)
    ThemePageFactory(parent=section)
    ContentReview.objects.all().delete()

    assert sync_all_reviews() == 2
    assert ContentReview.objects.filter(owner=owner).count() == 2


# Reviewing.


def test_mark_as_reviewed_needs_post_and_is_logged(admin_client, editor, theme_index):
    page = ThemePageFactory(parent=theme_index)
    reviewed_days_ago(page, 400)
    url = reverse("content_freshness_reviewed", args=[page.pk])

    response = admin_client.get(url)
    assert response.status_code == 200
    assert review_of(page).due_on < NOW.date()

    response = admin_client.post(url, {"next": REPORT})

    assert response.status_code == 302
    assert response["Location"] == REPORT
    review = review_of(page)
    assert review.last_reviewed_by == editor
    assert review.due_on == datetime.date(2027, 6, 15)
    entry = PageLogEntry.objects.get(page=page, action="werkplek.reviewed")
    assert entry.user == editor
    assert entry.timestamp == NOW
    with translation.override("en"):
        assert str(entry.message) == "Marked as reviewed"


def test_mark_as_reviewed_refused_without_edit_permission(client, theme_index):
    page = ThemePageFactory(parent=theme_index)
    reviewed_days_ago(page, 400)
    outsider = UserFactory()
    group = Group.objects.create(name="Admin only")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    outsider.groups.add(group)
    client.force_login(outsider)

    response = client.post(reverse("content_freshness_reviewed", args=[page.pk]))

    # Wagtail's admin answers a refusal with a redirect and a message.
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert review_of(page).due_on < NOW.date()
    assert not PageLogEntry.objects.filter(action="werkplek.reviewed").exists()


def test_reviewed_page_leaves_the_overdue_list(admin_client, theme_index):
    page = ThemePageFactory(parent=theme_index, title="Oud verlof")
    reviewed_days_ago(page, 400)
    assert titles(admin_client.get(REPORT, {"state": OVERDUE})) == ["Oud verlof"]

    admin_client.post(reverse("content_freshness_reviewed", args=[page.pk]))

    assert titles(admin_client.get(REPORT, {"state": OVERDUE})) == []
    assert titles(admin_client.get(REPORT, {"state": FRESH})) == ["Oud verlof"]


@pytest.mark.parametrize("counts", [True, False])
def test_publishing_counts_as_a_review(settings, editor, theme_index, counts):
    settings.WERKPLEK_PUBLISH_COUNTS_AS_REVIEW = counts
    page = ThemePageFactory(parent=theme_index)
    reviewed_days_ago(page, 400)
    before = review_of(page).due_on

    page.intro = "Bijgewerkt."
    page.save_revision(user=editor).publish()

    review = review_of(page)
    if counts:
        assert review.due_on == datetime.date(2027, 6, 15)
        assert review.last_reviewed_by == editor
    else:
        assert review.due_on == before


# The report.


@pytest.fixture
def report_pages(theme_index, owner):
    """Three pages in the three states, in two sections, one per owner."""
    other_org = OrganisationFactory(name="OCMW", slug="ocmw")
    other = person_for(
        UserFactory(first_name="Olaf", last_name="Ander"),
        org_unit=OrgUnitFactory(organisation=other_org),
    )
    hr = ThemePageFactory(parent=theme_index, title="HR", content_owner=owner)
    ict = ThemePageFactory(parent=theme_index, title="ICT", content_owner=other)
    late = ThemePageFactory(parent=hr, title="Verlof")
    soon = ThemePageFactory(parent=hr, title="Loon")
    fresh = ThemePageFactory(parent=ict, title="Helpdesk")
    reviewed_days_ago(late, 500)
    reviewed_days_ago(soon, 350)
    reviewed_days_ago(fresh, 10)
    reviewed_days_ago(hr, 10)
    reviewed_days_ago(ict, 10)
    return {"late": late, "soon": soon, "fresh": fresh, "hr": hr, "ict": ict}


def titles(response) -> list[str]:
    return [page.title for page in response.context["object_list"]]


def test_report_is_sorted_by_days_overdue(admin_client, report_pages):
    response = admin_client.get(REPORT)

    assert response.status_code == 200
    assert titles(response)[:2] == ["Verlof", "Loon"]
    reverse_order = titles(admin_client.get(REPORT, {"ordering": "days_overdue"}))
    assert reverse_order[-2:] == ["Loon", "Verlof"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"state": OVERDUE}, {"Verlof"}),
        ({"state": DUE_SOON}, {"Loon"}),
        ({"state": FRESH}, {"HR", "ICT", "Helpdesk"}),
        ({"organisation": "ocmw"}, {"ICT", "Helpdesk"}),
    ],
)
def test_report_filters(admin_client, report_pages, params, expected):
    if "organisation" in params:
        from people.models import Organisation

        params = {"organisation": Organisation.objects.get(slug="ocmw").pk}

    assert set(titles(admin_client.get(REPORT, params))) == expected


def test_report_filters_by_owner_section_and_type(admin_client, report_pages, owner):
    hr = report_pages["hr"]
    theme_type = hr.content_type_id

    by_owner = titles(admin_client.get(REPORT, {"owner": owner.pk}))
    by_section = titles(admin_client.get(REPORT, {"section": hr.pk}))
    by_type = titles(admin_client.get(REPORT, {"content_type": theme_type}))

    assert set(by_owner) == set(by_section) == {"HR", "Verlof", "Loon"}
    assert len(by_type) == 5
    assert titles(admin_client.get(REPORT, {"locale": "nl"}))


def read_csv(response) -> list[dict]:
    # The export streams after the request; its headings follow the
    # language active while it is read.
    with translation.override("en"):
        text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_export_with_deleted_owner_and_reviewer(
    admin_client, report_pages, owner, theme_index
):
    reviewer = UserFactory(first_name="Rita", last_name="Revisor")
    mark_reviewed(report_pages["soon"], reviewer, at=NOW - datetime.timedelta(days=5))
    reviewer_id = reviewer.pk
    reviewer.delete()
    owner.user.delete()

    response = admin_client.get(REPORT, {"export": "csv"})

    assert response.status_code == 200
    rows = {row["Title"]: row for row in read_csv(response)}
    assert rows["Verlof"]["Content owner"] == ""
    assert rows["Verlof"]["State"] == "Overdue"
    assert rows["Loon"]["Last reviewed by"] == f"Deleted account {reviewer_id}"
    assert rows["Helpdesk"]["Content owner"] == "Olaf Ander"
    assert rows["Helpdesk"]["Organisation"] == "OCMW"
    assert int(rows["Verlof"]["Days overdue"]) > 100


def test_xlsx_export(admin_client, report_pages):
    response = admin_client.get(REPORT, {"export": "xlsx", "state": OVERDUE})

    assert response.status_code == 200
    with translation.override("en"):
        content = b"".join(response.streaming_content)
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    rows = list(sheet.values)
    assert rows[0][0] == "Title"
    assert [row[0] for row in rows[1:]] == ["Verlof"]
    assert "Els Eigenaar" in rows[1]


def test_report_shows_feedback_score(admin_client, report_pages):
    page = report_pages["late"]
    for useful in (True, True, True, False):
        PageFeedback.objects.create(page=page, useful=useful)

    response = admin_client.get(REPORT, {"state": OVERDUE})

    assert response.context["object_list"][0].feedback_score == 75


def test_report_query_count_does_not_grow(admin_client, report_pages, theme_index):
    admin_client.get(REPORT)
    with CaptureQueriesContext(connection) as before:
        admin_client.get(REPORT)
    for number in range(8):
        owner = person_for(UserFactory(), org_unit=OrgUnitFactory())
        page = ThemePageFactory(parent=report_pages["ict"], content_owner=owner)
        PageFeedback.objects.create(page=page, useful=number % 2 == 0)
        reviewed_days_ago(page, 50 * number, user=UserFactory())

    with CaptureQueriesContext(connection) as after:
        admin_client.get(REPORT)

    assert len(after) == len(before)


def test_report_needs_page_permissions(staff_client):
    assert staff_client.get(REPORT).status_code in (302, 403)


def test_admin_home_panel_lists_own_due_pages(client, report_pages, owner):
    owner.user.is_superuser = True
    owner.user.save()
    client.force_login(in_english(owner.user))

    response = client.get(reverse("wagtailadmin_home"))

    content = response.content.decode()
    assert "Your pages due for review" in content
    assert "Verlof" in content and "Loon" in content
    assert "Freshness per section" in content


# Readers.


def test_reader_sees_last_review_and_overdue_notice(staff_client, theme_index):
    reviewer = UserFactory(first_name="Rita", last_name="Revisor")
    page = ThemePageFactory(parent=theme_index)
    mark_reviewed(page, reviewer, at=datetime.datetime(2025, 3, 4, tzinfo=BRUSSELS))

    content = staff_client.get(page.url).content.decode()

    assert "Rita Revisor" in content
    assert "4 maart 2025" in content
    assert "notice-overdue" in content

    mark_reviewed(page, reviewer)
    assert "notice-overdue" not in staff_client.get(page.url).content.decode()


# Reminders.


@pytest.fixture
def due_pages(theme_index, owner):
    page = ThemePageFactory(parent=theme_index, title="Verlof", content_owner=owner)
    later = ThemePageFactory(parent=page, title="Ouderschapsverlof")
    fresh = ThemePageFactory(parent=page, title="Vers")
    reviewed_days_ago(page, 370)
    reviewed_days_ago(later, 350)
    reviewed_days_ago(fresh, 5)
    return page, later


def test_one_digest_per_owner_and_none_twice_a_day(due_pages, owner):
    counts = send_review_reminders()

    assert counts.digests == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [owner.user.email]
    assert "Verlof" in message.body and "Ouderschapsverlof" in message.body
    assert "Vers\n" not in message.body

    again = send_review_reminders()

    assert (again.digests, again.already_sent) == (0, 1)
    assert len(mail.outbox) == 1
    assert ReviewDigest.objects.count() == 1


def test_next_day_sends_again(due_pages):
    send_review_reminders()
    send_review_reminders(NOW.date() + datetime.timedelta(days=1))

    assert len(mail.outbox) == 2


def test_digest_in_the_owners_language(due_pages, owner):
    profile = UserProfile.get_for_user(owner.user)
    profile.preferred_language = "fr"
    profile.save()

    send_review_reminders()

    assert "Bonjour" in mail.outbox[0].body
    assert "réviser" in mail.outbox[0].subject


def test_pages_the_owner_may_not_see_are_not_mailed(due_pages, owner):
    page, later = due_pages
    restriction = PageViewRestriction.objects.create(
        page=later, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Directie"))

    send_review_reminders()

    assert "Verlof" in mail.outbox[0].body
    assert "Ouderschapsverlof" not in mail.outbox[0].body


def test_long_overdue_pages_escalate_to_the_section_owner(settings, theme_index, owner):
    settings.WERKPLEK_REVIEW_ESCALATE_AFTER_DAYS = 30
    boss = person_for(UserFactory(username="baas"))
    section = ThemePageFactory(parent=theme_index, content_owner=boss)
    reviewed_days_ago(section, 5)
    late = ThemePageFactory(parent=section, title="Lang vergeten", content_owner=owner)
    recent = ThemePageFactory(
        parent=section, title="Pas vervallen", content_owner=owner
    )
    reviewed_days_ago(late, 365 + 45)
    reviewed_days_ago(recent, 365 + 10)

    counts = send_review_reminders()
    send_review_reminders()

    assert (counts.digests, counts.escalations) == (1, 1)
    to_boss = [m for m in mail.outbox if m.to == [boss.user.email]]
    assert len(to_boss) == 1
    assert "Lang vergeten" in to_boss[0].body
    assert "Pas vervallen" not in to_boss[0].body
    assert len(mail.outbox) == 2


def test_management_command_sends_reminders(due_pages):
    from django.core.management import call_command

    out = io.StringIO()
    call_command("send_review_reminders", stdout=out)
    call_command("send_review_reminders", "--enqueue", stdout=out)

    assert "Digests sent: 1" in out.getvalue()
    assert len(mail.outbox) == 1


# Feedback.


def test_feedback_is_stored_and_routed_to_the_owner(staff_client, due_pages, owner):
    page, _later = due_pages
    url = reverse("themes:page_feedback", args=[page.pk])

    response = staff_client.post(url, {"useful": "no", "comment": "Verouderd."})

    assert response.status_code == 302
    feedback = PageFeedback.objects.get()
    assert (feedback.useful, feedback.comment) == (False, "Verouderd.")
    assert mail.outbox[0].to == [owner.user.email]
    assert "Verouderd." in mail.outbox[0].body


@pytest.mark.parametrize(
    "data", [{}, {"useful": "maybe"}, {"useful": "yes", "comment": "x" * 1001}]
)
def test_bad_feedback_is_refused(staff_client, due_pages, data):
    url = reverse("themes:page_feedback", args=[due_pages[0].pk])

    assert staff_client.post(url, data).status_code == 400
    assert not PageFeedback.objects.exists()


def test_feedback_needs_post_csrf_and_a_visible_page(client, user, due_pages):
    page, later = due_pages
    url = reverse("themes:page_feedback", args=[page.pk])
    client.force_login(user)
    assert client.get(url).status_code == 405

    restriction = PageViewRestriction.objects.create(
        page=later, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Directie"))
    hidden = reverse("themes:page_feedback", args=[later.pk])
    assert client.post(hidden, {"useful": "yes"}).status_code == 404

    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(user)
    assert strict.post(url, {"useful": "yes"}).status_code == 403


# Content health.


def link_to(page) -> list:
    html = f'<p><a linktype="page" id="{page.pk}">zie ook</a></p>'
    return [("paragraph", html)]


def test_broken_links_to_unpublished_and_deleted_pages(theme_index, owner):
    section = ThemePageFactory(parent=theme_index, content_owner=owner)
    gone = ThemePageFactory(parent=section, title="Weg")
    draft = ThemePageFactory(parent=section, title="Concept")
    fine = ThemePageFactory(parent=section, title="Goed")
    source = ThemePageFactory(parent=section, body=link_to(fine))
    source.body = link_to(fine) + link_to(gone) + link_to(draft)
    source.save()
    draft.unpublish()
    gone_id = gone.pk
    gone.delete()

    links = broken_links([source.pk])

    assert sorted(links[source.pk]) == sorted(
        [(str(gone_id), "Weg"), (str(draft.pk), "Concept")]
    )


def test_health_queue_puts_the_worst_first(theme_index, owner, client):
    section = ThemePageFactory(parent=theme_index, content_owner=owner)
    draft = ThemePageFactory(parent=section, title="Concept")
    linking = ThemePageFactory(parent=section, title="Linkt", body=link_to(draft))
    disliked = ThemePageFactory(parent=section, title="Slecht")
    late = ThemePageFactory(parent=section, title="Laat")
    for page in (section, draft, linking, disliked):
        reviewed_days_ago(page, 1)
    reviewed_days_ago(late, 400)
    draft.unpublish()
    PageFeedback.objects.create(page=disliked, useful=False)

    items = health_queue(owner)

    assert [(item.page.title, item.kind) for item in items] == [
        ("Linkt", "broken_link"),
        ("Laat", "overdue"),
        ("Slecht", "negative_feedback"),
    ]
    owner.user.is_superuser = True
    owner.user.save()
    client.force_login(owner.user)
    content = client.get(reverse("content_health")).content.decode()
    assert "Linkt" in content and "Laat" in content


def test_pages_outside_the_cycle_have_no_review(home_page):
    assert not ContentReview.objects.filter(page=Page.objects.get(depth=1)).exists()


def test_zero_result_searches_started_on_an_owners_page(
    theme_index, owner, staff_client, client
):
    parking = ThemePageFactory(
        parent=theme_index, content_owner=owner, title="Parkeren"
    )
    elsewhere = ThemePageFactory(parent=theme_index, title="Verlof")
    reviewed_days_ago(parking, 1)
    searches = [
        ("laadpaal", parking),
        ("laadpaal", parking),
        ("bewonerskaart", parking),
        ("laadpaal", elsewhere),
        ("laadpaal", None),
    ]
    for query, page in searches:
        params = {"q": query, "from": page.pk} if page else {"q": query}
        assert staff_client.get(reverse("search"), params).status_code == 200
    # A search that found something is no problem; an old one has expired.
    SearchQueryLog.objects.create(
        query="parkeerkaart", result_count=3, from_page=parking
    )
    expired = SearchQueryLog.objects.create(
        query="oud", result_count=0, from_page=parking
    )
    SearchQueryLog.objects.filter(pk=expired.pk).update(
        searched_at=timezone.now() - datetime.timedelta(days=200)
    )

    items = health_queue(owner)

    assert [(item.page, item.kind, item.targets) for item in items] == [
        (parking.page_ptr, "zero_results", ["laadpaal (2)", "bewonerskaart (1)"])
    ]
    owner.user.is_superuser = True
    owner.user.save()
    client.force_login(owner.user)
    content = client.get(reverse("content_health")).content.decode()
    assert "laadpaal (2)" in content


@pytest.mark.parametrize("value", ["abc", "-1", "99999999", "1" * 30])
def test_a_search_from_an_unknown_page_is_logged_without_it(staff_client, value):
    response = staff_client.get(reverse("search"), {"q": "iets", "from": value})

    assert response.status_code == 200
    assert SearchQueryLog.objects.get().from_page is None


def test_the_search_box_says_which_page_it_is_on(staff_client, theme_index):
    page = ThemePageFactory(parent=theme_index)

    content = staff_client.get(page.url).content.decode()

    assert f'<input type="hidden" name="from" value="{page.pk}">' in content

"""seed_demo builds a believable demo organisation, the same one every time."""

import io
import re
from datetime import timedelta

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page

from cms.visibility import visible_groups
from groups.models import (
    GroupContact,
    GroupDocument,
    GroupDocumentVersion,
    GroupIndexPage,
    GroupNote,
    GroupPage,
    GroupPost,
    GroupWikiPage,
    Membership,
)
from home.demo import seed_demo
from people.models import Organisation, OrgUnit, Person
from themes.freshness.models import ContentReview
from themes.models import NewsIndexPage, NewsPage, ThemeIndexPage, ThemePage

pytestmark = pytest.mark.django_db

SMALL = 40


def snapshot() -> dict:
    """What a seed run decided: names, units and pages, without database ids."""
    return {
        "people": list(
            Person.objects.order_by("user__username").values_list(
                "user__username", "user__first_name", "user__last_name",
                "job_title", "org_unit__name", "phone", "languages",
            )
        ),
        "units": list(OrgUnit.objects.order_by("path").values_list("path", "name")),
        "pages": list(Page.objects.order_by("path").values_list("url_path", "title")),
        "news_dates": list(NewsPage.objects.order_by("slug").values_list("date")),
        "groups": list(
            GroupPage.objects.order_by("slug").values_list(
                "slug", "title", "visibility", "description",
            )
        ),
        "memberships": list(
            Membership.objects.order_by("group__slug", "user__username").values_list(
                "group__slug", "user__username", "role", "status",
            )
        ),
        "posts": list(
            GroupPost.objects.order_by("group__slug", "created_at", "body").values_list(
                "group__slug", "author__username", "body", "created_at",
            )
        ),
    }  # fmt: skip


def group_counts() -> dict:
    """How many of each kind of group content there is."""
    kinds = [
        GroupPage, GroupWikiPage, Membership, GroupPost, GroupDocument,
        GroupDocumentVersion, GroupContact, GroupNote,
    ]  # fmt: skip
    return {kind.__name__: kind.objects.count() for kind in kinds}


def seeded_then_rolled_back(seed: int) -> dict:
    with transaction.atomic():
        seed_demo(people=SMALL, seed=seed)
        taken = snapshot()
        transaction.set_rollback(True)
    return taken


def dutch_group_index() -> GroupIndexPage:
    return GroupIndexPage.objects.get(locale__language_code="nl")


def assert_one_group_is_offered_in_english() -> None:
    """The open group the demo account owns, as its owner would."""
    offered = GroupPage.objects.originals().exclude(translation_languages=[])
    assert [group.translation_languages for group in offered] == [["en"]]
    group = offered.get()
    assert group.visibility == "open"
    assert group.memberships.owners().filter(user__username="medewerker").exists()
    translated = group.get_translation(Locale.objects.get(language_code="en"))
    assert translated.live and translated.specific.member_role_id is None


def assert_groups_of_every_kind_outnumber_central_pages() -> None:
    groups = GroupPage.objects.originals().live()
    assert groups.count() >= 300
    assert len(set(groups.values_list("title", flat=True))) == groups.count()
    shares = {
        visibility: groups.filter(visibility=visibility).count() / groups.count()
        for visibility in ["open", "closed", "secret"]
    }
    assert 0.45 < shares["open"] < 0.65
    assert 0.2 < shares["closed"] < 0.4
    assert 0.08 < shares["secret"] < 0.22
    # The directory comes after the theme and news sections in the navigation.
    home = dutch_group_index().get_parent()
    assert home.get_children().last().specific_class is GroupIndexPage
    # Staff write about three pages for every page of the central editors.
    central = (
        sum(
            model.objects.count()
            for model in [ThemePage, NewsPage, ThemeIndexPage, NewsIndexPage]
        )
        + GroupIndexPage.objects.count()
    )
    user_made = groups.count() + GroupWikiPage.objects.live().count()
    assert user_made > 2.5 * central, (user_made, central)
    assert GroupWikiPage.objects.filter(depth__gt=groups.first().depth + 1).exists()


def assert_groups_keep_members_roles_and_files_in_step() -> None:
    for group in GroupPage.objects.originals().select_related("member_role"):
        members = set(group.memberships.active().values_list("user_id", flat=True))
        assert 3 <= len(members) <= 40
        # bulk_create skipped services._activate: the member role must agree.
        assert set(group.member_role.user_set.values_list("pk", flat=True)) == members
        assert group.memberships.owners().exists()
        assert group.collection_id is not None
        restricted = group.get_view_restrictions().exists()
        assert restricted == (group.visibility != "open")
    statuses = set(Membership.objects.values_list("status", flat=True))
    assert statuses == {"active", "requested", "invited"}
    assert not Membership.objects.filter(
        status="requested", group__visibility="secret"
    ).exists()
    for version in GroupDocumentVersion.objects.select_related("file", "document"):
        assert version.file.collection_id == version.document.group.collection_id
    assert GroupDocument.objects.filter(status="final").exists()
    assert GroupDocument.objects.filter(status="draft").exists()
    dates = list(GroupPost.objects.values_list("created_at", flat=True))
    assert (max(dates) - min(dates)).days > 90
    membership = Membership.objects.filter(
        group=models.OuterRef("group"), user=models.OuterRef("author")
    )
    assert not GroupPost.objects.filter(~models.Exists(membership)).exists()
    assert GroupContact.objects.filter(person__isnull=False).exists()
    assert GroupContact.objects.filter(person__isnull=True).exclude(email="").exists()
    assert GroupNote.objects.exists()

    mine = Membership.objects.filter(user__username="medewerker")
    active = mine.filter(status="active")
    assert 8 <= active.count() <= 12
    assert active.filter(role="owner").exists()
    assert active.filter(group__visibility="secret").exists()
    assert active.filter(group__visibility="closed").exists()
    assert mine.filter(status="invited").exists()
    assert mine.filter(status="requested").exists()


def assert_partner_sees_only_its_two_groups(printed: str) -> None:
    assert "partner" in printed
    partner = authenticate(username="partner", password="werkplek-demo")
    assert partner is not None
    assert partner.person.is_external
    assert partner.person.org_unit is None
    theirs = set(
        Membership.objects.filter(user=partner, status="active").values_list(
            "group_id", flat=True
        )
    )
    assert len(theirs) == 2
    # Both are groups of the demo account, so medewerker meets the partner.
    assert theirs <= set(
        Membership.objects.filter(user__username="medewerker").values_list(
            "group_id", flat=True
        )
    )
    assert set(visible_groups(partner).values_list("pk", flat=True)) == theirs


def assert_reviews_overdue_soon_and_fresh_none_in_the_future() -> None:
    reviews = ContentReview.objects.all()
    today = timezone.localdate()
    assert reviews.filter(due_on__lt=today).exists()
    assert reviews.filter(due_on__gte=today, due_on__lte=today + timedelta(30)).exists()
    assert reviews.filter(due_on__gt=today + timedelta(30)).exists()
    assert not reviews.filter(last_reviewed_at__gt=timezone.now()).exists()


def test_seed_builds_the_demo_organisation_and_a_second_run_adds_nothing(client):
    out = io.StringIO()

    call_command("seed_demo", people=SMALL, seed=3, stdout=out)

    assert Organisation.objects.originals().count() == 4
    assert OrgUnit.objects.originals().count() >= 60
    assert OrgUnit.objects.filter(depth=3).exists()
    staff = Person.objects.exclude(user__username__in=["admin", "redacteur", "hr"])
    staff = staff.exclude(user__username__in=["eindredacteur", "partner"])
    assert staff.count() >= SMALL
    assert ThemePage.objects.live().count() >= 60
    assert ThemePage.objects.filter(depth__gte=6).exists()  # nested themes
    dates = list(NewsPage.objects.live().values_list("date", flat=True))
    assert len(dates) >= 150
    assert (max(dates) - min(dates)).days > 600
    assert NewsPage.objects.filter(target_organisations__isnull=False).exists()
    names = " ".join(Person.objects.values_list("user__first_name", flat=True))
    assert re.search(r"[^\x00-\x7f]", names), "no names with diacritics"
    assert Person.objects.exclude(photo=None).exists()
    assert not Person.objects.filter(sort_name="").exists()
    assert not ThemePage.objects.filter(body__icontains="lorem").exists()
    assert_reviews_overdue_soon_and_fresh_none_in_the_future()

    printed = out.getvalue()
    for username in ["admin", "redacteur", "eindredacteur", "hr", "medewerker"]:
        assert username in printed
        assert authenticate(username=username, password="werkplek-demo")
    assert get_user_model().objects.get(username="admin").is_superuser
    assert (
        get_user_model()
        .objects.filter(username="eindredacteur", groups__name="Moderators")
        .exists()
    )
    assert_partner_sees_only_its_two_groups(printed)
    assert_one_group_is_offered_in_english()
    assert "groups: 320 created" in printed
    assert_groups_of_every_kind_outnumber_central_pages()
    assert_groups_keep_members_roles_and_files_in_step()
    before = group_counts()

    again = io.StringIO()
    call_command("seed_demo", people=SMALL, seed=3, stdout=again)
    assert "Demo seeded: 0 things created." in again.getvalue()
    assert "groups: 0 created, 320 existing" in again.getvalue()
    assert group_counts() == before


def test_every_page_type_renders_with_seeded_content(client):
    seed_demo(people=SMALL, seed=5)
    client.login(username="medewerker", password="werkplek-demo")
    theme = ThemePage.objects.live().filter(body__icontains="contact_person").first()
    head = Person.objects.filter(reports__isnull=False).first()
    urls = [
        "/",
        theme.get_parent().url,
        theme.url,
        NewsPage.objects.live().first().get_parent().url,
        NewsPage.objects.live().first().url,
        reverse("people:directory"),
        head.get_absolute_url(),
        reverse("search") + "?q=verlof",
    ]
    mine = Membership.objects.filter(user__username="medewerker", status="active")
    groups = GroupPage.objects.filter(memberships__in=mine)
    secret = groups.filter(visibility="secret").first()
    group = groups.filter(documents__isnull=False).first() or groups.first()
    pages = (GroupWikiPage.objects.descendant_of(g).first() for g in groups)
    page = next(page for page in pages if page is not None)
    post = GroupPost.objects.filter(group__in=groups).first()
    book = groups.filter(contacts__isnull=False).first()
    urls += [
        dutch_group_index().url,
        reverse("groups:mine"),
        secret.url,
        group.url,
        page.url,
        reverse("groups:members", args=[group.pk]),
        reverse("groups:documents", args=[group.pk]),
        reverse("groups:post", args=[post.group_id, post.pk]),
        reverse("groups:contacts", args=[book.pk]),
        reverse("search") + "?q=bibliotheek",
        reverse("search") + "?q=bibliotheek&kind=posts",
        reverse("search") + "?q=werkafspraken&kind=pages",
    ]
    if group.documents.exists():
        urls.append(group.documents.first().get_absolute_url())

    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url


def test_same_seed_same_organisation_other_seed_other_people():
    first = seeded_then_rolled_back(seed=11)
    second = seeded_then_rolled_back(seed=11)
    other = seeded_then_rolled_back(seed=12)

    assert first == second
    assert first["people"] != other["people"]
    assert first["groups"] != other["groups"]

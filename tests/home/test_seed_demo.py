"""seed_demo builds a believable demo organisation, the same one every time."""

import io
import re

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from wagtail.models import Page

from home.demo import seed_demo
from people.models import Organisation, OrgUnit, Person
from themes.models import NewsPage, ThemePage

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
    }  # fmt: skip


def seeded_then_rolled_back(seed: int) -> dict:
    with transaction.atomic():
        seed_demo(people=SMALL, seed=seed)
        taken = snapshot()
        transaction.set_rollback(True)
    return taken


def test_seed_builds_the_demo_organisation_and_a_second_run_adds_nothing(client):
    out = io.StringIO()

    call_command("seed_demo", people=SMALL, seed=3, stdout=out)

    assert Organisation.objects.count() == 4
    assert OrgUnit.objects.count() >= 60
    assert OrgUnit.objects.filter(depth=3).exists()
    staff = Person.objects.exclude(user__username__in=["admin", "redacteur", "hr"])
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

    printed = out.getvalue()
    for username in ["admin", "redacteur", "hr", "medewerker"]:
        assert username in printed
        assert authenticate(username=username, password="werkplek-demo")
    assert get_user_model().objects.get(username="admin").is_superuser

    again = io.StringIO()
    call_command("seed_demo", people=SMALL, seed=3, stdout=again)
    assert "Demo seeded: 0 things created." in again.getvalue()


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

    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url


def test_same_seed_same_organisation_other_seed_other_people():
    first = seeded_then_rolled_back(seed=11)
    second = seeded_then_rolled_back(seed=11)
    other = seeded_then_rolled_back(seed=12)

    assert first == second
    assert first["people"] != other["people"]

"""Content-freshness benchmark: the report over 100,000 theme pages.

Run it beside a throwaway PostgreSQL::

    scripts/with-services .venv/bin/python bench/freshness.py
    scripts/with-services .venv/bin/python bench/freshness.py --pages 100000

What it does, in order:

1. migrates the database in DATABASE_URL (``cms.settings.test``);
2. bulk-inserts the tree directly (treebeard paths computed here, no page
   signals): a theme index, 20 sections with an owner and an interval, 50
   sub-themes per section (every tenth with an owner of its own) and leaf
   pages under those, up to ``--pages`` theme pages, and 200 owners in
   four organisations;
3. times ``sync_all_reviews()``, which stores each page's effective owner,
   interval, section and due date (what saving and moving pages keep up to
   date), then spreads review dates over two years in SQL and runs
   ``VACUUM ANALYZE``;
4. times the report view (Django's test client, signed in as a superuser;
   median of ``--repeat`` runs after one warm-up) unfiltered, per filter,
   sorted both ways and on a late page, counts its queries, and times a CSV
   export of one section, the admin-home panel and ``EXPLAIN ANALYZE`` of
   the report's page query.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

SECTIONS = 20
SUBTHEMES = 50
OWNERS = 200


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor != "postgresql":
        sys.exit("Run beside PostgreSQL: scripts/with-services ... (DATABASE_URL)")
    call_command("migrate", verbosity=0)

    started = time.perf_counter()
    counts = build_tree(args.pages)
    print(f"tree built: {counts} in {time.perf_counter() - started:.1f} s")

    from themes.freshness.services import sync_all_reviews

    started = time.perf_counter()
    written = sync_all_reviews()
    print(f"sync_all_reviews: {written} rows in {time.perf_counter() - started:.1f} s")
    spread_review_dates()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    time_report(args.repeat)


def build_tree(total: int) -> dict:
    """Insert owners and the page tree with bulk statements; return counts."""
    from themes.models import ThemePage

    owners = create_owners()
    insert_theme_tree(total, owners)
    return {
        "theme pages": ThemePage.objects.count(),
        "owners": len(owners),
        "sections": SECTIONS,
    }


def create_owners() -> list[int]:
    """Create the content owners in four organisations; return their ids."""
    from django.contrib.auth import get_user_model

    from people.models import Organisation, OrgUnit, Person

    users = get_user_model().objects.bulk_create(
        get_user_model()(
            username=f"eigenaar{n}", first_name="Eigenaar", last_name=str(n)
        )
        for n in range(OWNERS)
    )
    units = []
    for n in range(4):
        organisation = Organisation.objects.create(
            name=f"Organisatie {n}", slug=f"org-{n}"
        )
        units.append(OrgUnit.add_root(name=f"Dienst {n}", organisation=organisation))
    Person.objects.bulk_create(
        Person(user=user, org_unit=units[n % 4], sort_name=user.username)
        for n, user in enumerate(users)
    )
    return list(Person.objects.order_by("pk").values_list("pk", flat=True))


def insert_theme_tree(total: int, owners: list[int], parent=None, slug="themas"):
    """Bulk-insert a theme index (``slug``) under ``parent`` (the home page by
    default) with 20 sections, 50 sub-themes each and leaf pages under
    those, at least ``total`` theme pages in all, all live; sections and
    every tenth sub-theme get one of ``owners``. Return the index page.

    Treebeard paths and URL paths are computed here; no page signals run.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from wagtail.models import Locale, Page

    from themes.models import ThemeIndexPage, ThemePage

    parent = parent or Page.objects.get(depth=2)
    index = parent.add_child(
        instance=ThemeIndexPage(title="Thema's", slug=slug, live=True)
    )
    theme_type = ContentType.objects.get_for_model(ThemePage)
    locale = Locale.get_default()
    # Rounded up: at least ``total`` theme pages.
    leaves_per_subtheme = max(
        0, -(-(total - SECTIONS - SECTIONS * SUBTHEMES) // (SECTIONS * SUBTHEMES))
    )

    def page(path: str, depth: int, title: str, slug: str, numchild: int) -> Page:
        parent_url = url_paths[path[: -Page.steplen]]
        url_paths[path] = f"{parent_url}{slug}/"
        return Page(
            path=path, depth=depth, numchild=numchild, title=title,
            draft_title=title, slug=slug, content_type=theme_type,
            locale=locale, live=True, url_path=url_paths[path],
        )  # fmt: skip

    depth = index.depth
    url_paths = {index.path: index.url_path}
    rows = []
    for s in range(SECTIONS):
        section_path = index.path + f"{s + 1:04d}"
        rows.append(
            page(section_path, depth + 1, f"Rubriek {s}", f"rubriek-{s}", SUBTHEMES)
        )
        for t in range(SUBTHEMES):
            sub_path = section_path + f"{t + 1:04d}"
            rows.append(
                page(
                    sub_path,
                    depth + 2,
                    f"Thema {s}.{t}",
                    f"t-{s}-{t}",
                    leaves_per_subtheme,
                )
            )
            for leaf in range(leaves_per_subtheme):
                rows.append(
                    page(
                        sub_path + f"{leaf + 1:04d}",
                        depth + 3,
                        f"Pagina {s}.{t}.{leaf}",
                        f"p-{s}-{t}-{leaf}",
                        0,
                    )  # fmt: skip
                )
    Page.objects.bulk_create(rows, batch_size=5000)
    Page.objects.filter(pk=index.pk).update(numchild=SECTIONS)

    # The theme rows: sections own and set an interval; every tenth
    # sub-theme has an owner of its own; the rest inherits.
    owner_list = ",".join(str(pk) for pk in owners)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO themes_themepage
                (page_ptr_id, intro, body, content_owner_id, review_interval_months)
            SELECT p.id, '', '[]',
                CASE
                    WHEN p.depth = {depth + 1}
                        OR (p.depth = {depth + 2} AND p.id %% 10 = 0)
                    THEN (ARRAY[{owner_list}])[1 + p.id %% {len(owners)}]
                END,
                CASE WHEN p.depth = {depth + 1}
                    THEN (ARRAY[3, 6, 12, 24])[1 + p.id %% 4] END
            FROM wagtailcore_page p
            WHERE p.path LIKE %s AND p.depth > {depth}
            """,
            [index.path + "%"],
        )
    return index


def spread_review_dates() -> None:
    """Give each page a last review between 0 and 729 days ago."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            """
            UPDATE themes_contentreview SET
                last_reviewed_at = now() - (page_id * 7919 % 730) * interval '1 day'
            """
        )
        cursor.execute(
            """
            UPDATE themes_contentreview SET due_on = (
                (last_reviewed_at AT TIME ZONE 'Europe/Brussels')::date
                + interval_months * interval '1 month'
            )::date
            """
        )


def time_report(repeat: int) -> None:
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Page

    from people.models import Organisation
    from themes.freshness.models import ContentReview
    from themes.freshness.services import freshness_by_section

    admin = get_user_model().objects.create_superuser("bench-admin", "b@x.example")
    client = Client()
    client.force_login(admin)
    url = "/admin/reports/content-freshness/"
    section = Page.objects.get(slug="rubriek-3")
    owner_id = ContentReview.objects.filter(owner__isnull=False).values_list(
        "owner_id", flat=True
    )[0]
    total = ContentReview.objects.count()
    cases = [
        ("unfiltered, most overdue first", {}),
        ("sorted least overdue first", {"ordering": "days_overdue"}),
        ("state = overdue", {"state": "overdue"}),
        ("state = due within 30 days", {"state": "due_soon"}),
        ("section", {"section": section.pk}),
        ("owner", {"owner": owner_id}),
        ("organisation", {"organisation": Organisation.objects.originals().first().pk}),
        ("locale = nl", {"locale": "nl"}),
        ("section + overdue", {"section": section.pk, "state": "overdue"}),
        ("page 1000 of the list", {"p": 1000}),
    ]
    print(f"\nReport over {total} pages in review; median of {repeat} runs:\n")
    print("| request | median ms | max ms | queries |")
    print("|---|---:|---:|---:|")
    for label, params in cases:
        timings, queries = timed(client, url, params, repeat)
        print(
            f"| {label} | {statistics.median(timings):.0f} | {max(timings):.0f}"
            f" | {queries} |"
        )
    timings, queries = timed(
        client, url, {"section": section.pk, "export": "csv"}, max(1, repeat // 2)
    )
    rows = ContentReview.objects.filter(section=section).count()
    print(
        f"| CSV export of one section ({rows} rows) | "
        f"{statistics.median(timings):.0f} | {max(timings):.0f} | {queries} |"
    )
    started = time.perf_counter()
    freshness_by_section()
    chart = (time.perf_counter() - started) * 1000
    print(f"\nadmin-home chart query (freshness per section): {chart:.0f} ms")

    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    main_query = max(captured.captured_queries, key=lambda q: len(q["sql"]))
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN ANALYZE " + main_query["sql"])
        plan = [row[0] for row in cursor.fetchall()]
    print("\nEXPLAIN ANALYZE of the report's page query (last lines):")
    for line in plan[-3:]:
        print("   ", line)


def timed(client, url: str, params: dict, repeat: int) -> tuple[list[float], int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(url, params)
    assert response.status_code == 200, response.status_code
    if hasattr(response, "streaming_content"):
        b"".join(response.streaming_content)
    timings = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url, params)
            if hasattr(response, "streaming_content"):
                b"".join(response.streaming_content)
            timings.append((time.perf_counter() - started) * 1000)
    return timings, len(captured)


if __name__ == "__main__":
    main()

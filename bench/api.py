"""API benchmark: Werkplek's list endpoints at 100,000 pages and 10,000 people,
the page listing side by side with Wagtail's own API v3 pages endpoint.

Run it beside a throwaway PostgreSQL (``make bench-api`` does this)::

    WERKPLEK_SERVICES=postgres scripts/with-services \\
        .venv/bin/python bench/api.py --pages 100000 --people 10000

What it does, in order (the gunicorn and wrk parts are bench/pages.py's):

1. migrates and seeds like bench/pages.py (``seed_demo --people N``;
   ``bench.settings``, which is ``cms.settings.dev`` with ``DEBUG=false``
   and Wagtail's own API v3 mounted at ``/api/wagtail/``, see bench/urls.py),
   then bulk-inserts a theme tree (bench/freshness.py's: 20 sections, 50
   sub-themes each and leaf pages under those, all live) under the home page
   until the site has about ``--pages`` pages, and runs ``VACUUM ANALYZE``;
2. makes a Wagtail API token for a superuser and one for ``--username`` (an
   ordinary member of staff);
3. requests every URL once in-process (Django's test client, with the
   token) for its status, its ``count`` and its SQL queries;
4. serves ``bench.settings`` with gunicorn and loads every URL with wrk: one
   connection for latency (p50, p95, p99), ``--connections`` for
   requests/s; every URL once per round, Werkplek's page listings each
   followed by Wagtail's of the same pages, ``--rounds`` rounds, medians;
5. prints the machine, the data, a table of all endpoints and one of
   Werkplek's page listings against Wagtail's: in each round the ratio of
   requests/s, and of p95 latency the other way round (above 1.0 Werkplek
   is faster), and the median of the rounds' ratios.

Like with like: both page listings are requested with the superuser's token
(for a superuser Wagtail lists every page and Werkplek every live page, so
the counts agree when every page is live; the table shows both counts), the
same ``limit``, Wagtail's ``child_of`` for Werkplek's ``parent``. The order
differs: Werkplek lists in tree order (``path``), Wagtail by id (it cannot
order by path); in the bulk-inserted tree the two orders nearly coincide.
The other endpoints are loaded as the ordinary member, who is what most
callers are.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from freshness import insert_theme_tree
from pages import (
    Target,
    add_load_arguments,
    analyze_database,
    machine_facts,
    serve_and_load,
    set_up,
)

SETTINGS = "bench.settings"
TREE_SLUG = "bench-api-themas"
WAGTAIL = "/api/wagtail/pages/"
TARGET_RATIO = 1.0


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--pages", type=int, default=100_000, help="pages in the site (about)"
    )
    parser.add_argument("--people", type=int, default=10_000, help="people to seed")
    parser.add_argument("--limit", type=int, default=20, help="items per answer")
    parser.add_argument(
        "--superuser",
        default="admin",
        help="superuser whose token loads both page listings",
    )
    add_load_arguments(parser)
    return parser.parse_args(argv)


def build_pages(args) -> int:
    """Add the benchmark's theme tree when it is missing; return pages added."""
    from wagtail.models import Page, Site

    from people.models import Person

    home = Site.objects.get(is_default_site=True).root_page
    if Page.objects.child_of(home).filter(slug=TREE_SLUG).exists():
        return 0
    missing = args.pages - Page.objects.count() - 1
    if missing <= 0:
        return 0
    owners = list(Person.objects.order_by("pk").values_list("pk", flat=True)[:200])
    before = Page.objects.count()
    started = time.monotonic()
    insert_theme_tree(missing, owners, parent=home, slug=TREE_SLUG)
    added = Page.objects.count() - before
    print(f"pages: {added:,} added in {time.monotonic() - started:.0f} s", flush=True)
    return added


def make_token(username: str) -> str:
    """Return a new Wagtail API token (plain text) of ``username``."""
    from django.contrib.auth import get_user_model
    from wagtail.models import APIToken

    user = get_user_model().objects.get(username=username, is_active=True)
    _token, plaintext = APIToken.create_token(user=user, name="bench/api.py")
    return plaintext


def big_parent() -> int:
    """Return the id of the live page with the most children."""
    from wagtail.models import Page

    return Page.objects.live().order_by("-numchild", "path").values_list("pk")[0][0]


def biggest_organisation() -> str:
    """Return the slug of the organisation with the most people."""
    from django.db.models import Count

    from people.models import Organisation

    organisation = (
        Organisation.objects.originals()
        .annotate(people=Count("units__people"))
        .order_by("-people", "pk")
        .first()
    )
    return organisation.slug


def pick_targets(args, superuser_token: str, member_token: str) -> list[Target]:
    """Return the URLs to load: each Werkplek page listing followed by
    Wagtail's of the same pages, then the other list endpoints."""
    limit = f"limit={args.limit}"
    admin = {"Authorization": f"Bearer {superuser_token}"}
    member = {"Authorization": f"Bearer {member_token}"}
    parent = big_parent()
    news = "type=themes.NewsPage"
    organisation = biggest_organisation()
    pairs = [
        ("pages", f"/api/pages/?{limit}", f"{WAGTAIL}?{limit}"),
        ("pages, news", f"/api/pages/?{news}&{limit}", f"{WAGTAIL}?{news}&{limit}"),
        (
            "pages, children",
            f"/api/pages/?parent={parent}&{limit}",
            f"{WAGTAIL}?child_of={parent}&{limit}",
        ),
    ]
    targets = []
    for label, ours, wagtails in pairs:
        targets.append(Target(f"Werkplek {label}", ours, "superuser", headers=admin))
        targets.append(Target(f"Wagtail {label}", wagtails, "superuser", headers=admin))
    for label, path in [
        ("pages", f"/api/pages/?{limit}"),
        ("people", f"/api/people/?{limit}"),
        ("people, organisation", f"/api/people/?organisation={organisation}&{limit}"),
        ("groups", f"/api/groups/?{limit}"),
        ("feed", f"/api/feed/?{limit}"),
    ]:
        targets.append(Target(f"Werkplek {label}", path, "member", headers=member))
    return targets


def check_in_process(targets: list[Target], repeat: int) -> None:
    """Request every URL in this process: status, count and queries, and the
    median time of ``repeat`` requests with the cache as it is and emptied
    before each (what the first caller after a change waits). The times are
    wall-clock, SQL included, kept in ``cpu_ms`` and ``drawn_cpu_ms``."""
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")

    def median_ms(target: Target, empty_cache: bool) -> float:
        times = []
        for _ in range(repeat):
            if empty_cache:
                cache.clear()
            started = time.perf_counter()
            client.get(target.path, headers=target.headers)
            times.append(1000 * (time.perf_counter() - started))
        return statistics.median(times)

    for target in targets:
        client.get(target.path, headers=target.headers)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(target.path, headers=target.headers)
        if response.status_code != 200:
            sys.exit(f"{target.path} answered {response.status_code} in-process")
        target.queries = len(captured)
        target.sql_ms = 1000 * sum(float(q["time"]) for q in captured.captured_queries)
        target.size = json.loads(response.content)["count"]
        target.cpu_ms = median_ms(target, empty_cache=False)
        target.drawn_cpu_ms = median_ms(target, empty_cache=True)
        print(
            f"  {target.label:<31} {target.note:<9} count {target.size:>7,}"
            f"  {target.queries:>2} queries  {target.sql_ms:6.1f} ms SQL"
            f"  {target.cpu_ms:6.1f} ms  {target.drawn_cpu_ms:6.1f} ms cache emptied",
            flush=True,
        )


def data_facts(args) -> list[tuple[str, str]]:
    from wagtail.models import Page

    from groups.models import GroupPage
    from people.models import Organisation, Person
    from themes.models import NewsPage

    pages = Page.objects.count()
    live = Page.objects.live().count()
    return [
        ("Seed", f"seed_demo --people {args.people} --seed {args.seed}"),
        ("Pages", f"{pages:,} ({live:,} live), {args.pages:,} asked for"),
        ("News pages", f"{NewsPage.objects.count():,}"),
        ("Groups", f"{GroupPage.objects.count():,}"),
        ("People", f"{Person.objects.count():,}"),
        ("Organisations", f"{Organisation.objects.originals().count():,}"),
        ("Code", code_version()),
    ]


def code_version() -> str:
    """The commit measured, and whether the working tree had changes."""

    def git(*words: str) -> str:
        run = subprocess.run(
            ["git", *words], cwd=Path(__file__).parent, capture_output=True, text=True
        )
        return run.stdout.strip()

    changed = git("status", "--porcelain", "--untracked-files=no")
    return git("rev-parse", "--short", "HEAD") + (
        " + uncommitted changes" * bool(changed)
    )


def report(args, targets: list[Target], facts) -> bool:
    """Print the figures as Markdown; return whether Werkplek's page listing
    is at least as fast as Wagtail's (requests/s and p95)."""
    print()
    print(
        f"Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; "
        f"{args.workers} gunicorn "
        f"workers; {args.duration} s per run, {args.rounds} round(s), medians; "
        f"latency at 1 connection, req/s at {args.connections} connections"
    )
    print("\n| | |\n|---|---|")
    for name, value in facts:
        print(f"| {name} | {value} |")
    print()
    print(
        "| endpoint | token of | URL | count | queries | p50 ms | p95 ms "
        f"| p99 ms | req/s @{args.connections} | in-process ms "
        "| in-process ms, cache emptied |"
    )
    print("|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|")
    for target in targets:
        lat = target.latency
        print(
            f"| {target.label} | {target.note} | `{target.path}` | {target.size:,} "
            f"| {target.queries} | {lat['p50']:.1f} | {lat['p95']:.1f} "
            f"| {lat['p99']:.1f} | {target.rps:.1f} | {target.cpu_ms:.1f} "
            f"| {target.drawn_cpu_ms:.1f} |"
        )
    print()
    print(
        "| listing | Werkplek p95 ms | Wagtail p95 ms | Werkplek req/s "
        "| Wagtail req/s | req/s Werkplek / Wagtail, per round | median "
        "| p95 Wagtail / Werkplek, per round | median |"
    )
    print("|---|--:|--:|--:|--:|---|--:|---|--:|")
    ok = True
    pairs = [
        (ours, wagtails)
        for ours, wagtails in zip(targets, targets[1:], strict=False)
        if wagtails.label.startswith("Wagtail ")
    ]
    for ours, wagtails in pairs:
        # Ratios of the same round: the two were loaded one after the other,
        # under the same load; medians taken apart could come from rounds
        # under different loads.
        rps_ratios = [
            a / b for a, b in zip(ours.round_rps, wagtails.round_rps, strict=True)
        ]
        p95_ratios = [
            b["p95"] / a["p95"]
            for a, b in zip(ours.round_latency, wagtails.round_latency, strict=True)
        ]
        rps_ratio = statistics.median(rps_ratios)
        p95_ratio = statistics.median(p95_ratios)
        print(
            f"| {ours.label.removeprefix('Werkplek ')} | {ours.latency['p95']:.1f} "
            f"| {wagtails.latency['p95']:.1f} | {ours.rps:.1f} | {wagtails.rps:.1f} "
            f"| {', '.join(f'{r:.2f}' for r in rps_ratios)} | {rps_ratio:.2f}x "
            f"| {', '.join(f'{r:.2f}' for r in p95_ratios)} | {p95_ratio:.2f}x |"
        )
        if ours is targets[0]:
            ok = rps_ratio >= TARGET_RATIO and p95_ratio >= TARGET_RATIO
    print()
    verdict = "met" if ok else "NOT met"
    print(
        f"Target (Werkplek's page listing at least {TARGET_RATIO}x Wagtail's): "
        f"{verdict}"
    )
    return ok


def main(argv=None) -> int:
    args = parse_args(argv)
    load_at_start = os.getloadavg()[0]
    print(f"load average at start: {load_at_start:.2f}", flush=True)
    media = tempfile.TemporaryDirectory(prefix="werkplek-bench-media-")
    workdir = tempfile.TemporaryDirectory(prefix="werkplek-bench-")
    with media, workdir:
        env = set_up(args, media.name, SETTINGS)
        if not args.skip_seed:
            build_pages(args)
        analyze_database()
        print("VACUUM ANALYZE done", flush=True)

        superuser_token = make_token(args.superuser)
        member_token = make_token(args.username)
        targets = pick_targets(args, superuser_token, member_token)
        print("in-process check:", flush=True)
        check_in_process(targets, args.in_process_requests)

        load_tool, loadavg = serve_and_load(
            args, env, targets, Path(workdir.name), headers={}
        )
        facts = machine_facts(load_tool, loadavg) + data_facts(args)
        facts.append(("Load average at start", f"{load_at_start:.2f} (1 min)"))
        met = report(args, targets, facts)
    return 1 if args.check and not met else 0


if __name__ == "__main__":
    sys.exit(main())

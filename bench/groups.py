"""Groups benchmark: a large closed group's home, its member list and "my groups".

Run it beside a throwaway PostgreSQL (no search engine needed)::

    WERKPLEK_SERVICES=postgres scripts/with-services .venv/bin/python bench/groups.py
    ... bench/groups.py --members 1000 --posts 500 --groups 100 --rounds 3

What it does, in order (the gunicorn and wrk parts are bench/pages.py's):

1. migrates and seeds like bench/pages.py (``seed_demo --people N``,
   ``cms.settings.dev`` with ``DEBUG=false``, media in a temporary
   directory), so the pages have the portal's header, navigation and
   footer, and the people their units and photos;
2. creates the groups through ``groups.services.create_group`` (page,
   member role, collection, view restrictions, owner) and fills them in
   bulk: a closed group with ``--members`` active members (a few
   moderators), ``--posts`` posts (every third with comments) and a few
   wiki pages; and as many further groups (open, closed and secret, a
   handful of members and posts each) as it takes for the signed-in member
   (``--username``, a plain member of the large group) to belong to
   ``--groups`` groups, counting the demo groups seed_demo put them in.
   A membership is its ``Membership`` row plus the user's row in the
   group's member role (``User.groups.through``), as
   ``groups.services._activate`` makes them. Then ``VACUUM ANALYZE``;
3. serves each page in-process (Django's test client, signed in as the
   member) to count its SQL queries with a warm cache and with the cache
   emptied first, and prints the query log of the drawn page: its slowest
   queries and the query shapes it repeats;
4. loads each page with gunicorn and wrk as bench/pages.py does (1
   connection for latency, ``--connections`` for requests/s, medians over
   ``--rounds``), the plain Wagtail page first as the baseline;
5. prints the machine, the data and the figures as Markdown tables.

``--check`` exits 1 when a group page's p50 is over 100 ms or it runs more
than 30 queries with an empty cache.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import timedelta
from pathlib import Path

from pages import (
    HOST,
    REPO,
    Target,
    add_load_arguments,
    analyze_database,
    ensure_plain_page,
    machine_facts,
    print_cpu_table,
    print_setting,
    profile_in_process,
    serve_and_load,
    set_up,
)

P50_LIMIT_MS = 100.0
QUERY_LIMIT = 30
BIG_GROUP_TITLE = "Benchmark: programma Digitale Dienstverlening"
SMALL_GROUP_MEMBERS = (4, 25)
SMALL_GROUP_POSTS = (0, 8)
MODERATOR_EVERY = 100
COMMENTED_EVERY = 3
WORDS = (
    "overleg planning verslag afspraak budget aanvraag dossier team project "
    "opvolging voorstel agenda nota advies evaluatie oplevering bijlage "
    "vergadering werkgroep besluit timing prioriteit klanten loket digitaal"
).split()


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--members", type=int, default=1000, help="active members of the large group"
    )
    parser.add_argument(
        "--posts", type=int, default=500, help="posts in the large group"
    )
    parser.add_argument(
        "--groups", type=int, default=100, help="groups the signed-in member is in"
    )
    parser.add_argument(
        "--wiki-pages", type=int, default=5, help="wiki pages of the large group"
    )
    parser.add_argument(
        "--people",
        type=int,
        default=0,
        help="people to seed (default: --members plus 5%% and 50)",
    )
    parser.add_argument(
        "--queries",
        action="store_true",
        help="print every query of each drawn page, not only the slowest",
    )
    add_load_arguments(parser)
    args = parser.parse_args(argv)
    # About 1% of seeded people have left; the large group needs --members
    # active accounts.
    args.people = args.people or int(args.members * 1.05) + 50
    return args


# Building the groups -----------------------------------------------------------


def group_index():
    """Return the group directory under the portal, adding it when missing."""
    from groups.models import GroupIndexPage
    from home.models import HomePage

    existing = GroupIndexPage.objects.live().order_by("path").first()
    if existing:
        return existing
    home = HomePage.objects.live().order_by("path").first()
    index = GroupIndexPage(title="Groepen", slug="groepen")
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def add_members(group, users, moderator_every: int = 0) -> None:
    """Make ``users`` active members of ``group`` in two bulk inserts: what
    ``groups.services._activate`` does one membership at a time."""
    from django.contrib.auth import get_user_model

    from groups.models import Membership

    def role(number: int) -> str:
        if moderator_every and number % moderator_every == moderator_every - 1:
            return Membership.Role.MODERATOR
        return Membership.Role.MEMBER

    Membership.objects.bulk_create(
        Membership(
            group=group, user=user, role=role(n), status=Membership.Status.ACTIVE
        )
        for n, user in enumerate(users)
    )
    through = get_user_model().groups.through
    through.objects.bulk_create(
        through(user_id=user.pk, group_id=group.member_role_id) for user in users
    )


def _text(rng: random.Random, words: int) -> str:
    sentence = " ".join(rng.choice(WORDS) for _ in range(words))
    return sentence[0].upper() + sentence[1:] + "."


def add_posts(group, authors, count: int, rng: random.Random, now) -> int:
    """Add ``count`` posts, an hour or so apart, newest now; every third post
    gets up to six comments. Return the number of comments."""
    from groups.models import GroupPost, PostComment

    posts = GroupPost.objects.bulk_create(
        GroupPost(
            group=group,
            author=rng.choice(authors),
            body="\n\n".join(
                _text(rng, rng.randint(8, 40)) for _ in range(rng.randint(1, 3))
            ),
        )
        for _ in range(count)
    )
    # auto_now_add stamped them all alike; spread them over the past weeks.
    minutes = 0
    for post in posts:
        post.created_at = now - timedelta(minutes=minutes)
        minutes += rng.randint(30, 90)
    GroupPost.objects.bulk_update(posts, ["created_at"], batch_size=500)
    comments = [
        PostComment(post=post, author=rng.choice(authors), body=_text(rng, 12))
        for number, post in enumerate(posts)
        if number % COMMENTED_EVERY == 0
        for _ in range(rng.randint(1, 6))
    ]
    PostComment.objects.bulk_create(comments, batch_size=1000)
    return len(comments)


def add_wiki_pages(group, count: int, rng: random.Random) -> None:
    from groups.models import GroupWikiPage

    for number in range(count):
        page = GroupWikiPage(
            title=f"Werkafspraken {number + 1}", body=f"<p>{_text(rng, 30)}</p>"
        )
        group.add_child(instance=page)
        page.save_revision().publish()


def build_groups(args):
    """Create the large group and the member's other groups; return the
    member and the large group. A second run on the same database reuses
    them."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from groups import services
    from groups.models import GroupPage, GroupVisibility, Membership

    user_model = get_user_model()
    member = user_model.objects.get(username=args.username)
    big = GroupPage.objects.filter(title=BIG_GROUP_TITLE).first()
    if big is not None:
        print("groups: found from an earlier run, reused", flush=True)
        return member, big

    rng = random.Random(args.seed)
    now = timezone.now()
    others = list(
        user_model.objects.filter(is_active=True)
        .exclude(pk=member.pk)
        .order_by("pk")[: args.members - 1]
    )
    if len(others) < args.members - 1:
        sys.exit(
            f"Only {len(others) + 1} active people for {args.members} members; "
            "seed more (--people)."
        )
    index = group_index()
    started = time.monotonic()
    owner, *rest = others
    big = services.create_group(
        owner,
        index,
        title=BIG_GROUP_TITLE,
        description="Iedereen die meewerkt aan de digitale loketten.",
        visibility=GroupVisibility.CLOSED,
    )
    add_members(big, [member, *rest], moderator_every=MODERATOR_EVERY)
    comments = add_posts(big, [owner, member, *rest], args.posts, rng, now)
    add_wiki_pages(big, args.wiki_pages, rng)
    print(f"large group built in {time.monotonic() - started:.1f} s", flush=True)

    # seed_demo may have put the member in demo groups already: add only the
    # groups that bring them to --groups.
    already = Membership.objects.active().filter(user=member).count()
    started = time.monotonic()
    kinds = [GroupVisibility.OPEN, GroupVisibility.CLOSED, GroupVisibility.SECRET]
    for number in range(1, args.groups - already + 1):
        owner = others[(number * 7) % len(others)]
        group = services.create_group(
            owner,
            index,
            title=f"Werkgroep {number:03d} {rng.choice(WORDS)}",
            description=_text(rng, 12),
            visibility=kinds[number % len(kinds)],
        )
        pool = [user for user in others if user.pk != owner.pk]
        users = rng.sample(pool, rng.randint(*SMALL_GROUP_MEMBERS))
        add_members(group, [member, *users])
        comments += add_posts(
            group, [owner, member, *users], rng.randint(*SMALL_GROUP_POSTS), rng, now
        )
    took = time.monotonic() - started
    print(
        f"{max(0, args.groups - already)} more groups built in {took:.1f} s "
        f"(the member was in {already} already)",
        flush=True,
    )
    return member, big


def data_facts(args, member, group) -> list[tuple[str, str]]:
    from django.db.models import Count
    from wagtail.models import PageViewRestriction

    from groups.models import GroupPage, GroupPost, Membership, PostComment
    from people.models import Person

    posts = group.posts.annotate(n=Count("comments"))
    commented = posts.filter(n__gt=0).count()
    comments = PostComment.objects.filter(post__group=group).count()
    mine = Membership.objects.active().filter(user=member)
    kinds = mine.values_list("group__visibility").annotate(n=Count("pk")).order_by()
    by_kind = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds))
    return [
        ("Seed", f"seed_demo --people {args.people} --seed {args.seed}"),
        ("People", f"{Person.objects.count():,}"),
        ("Large group", f"closed, {group.memberships.active().count():,} members"),
        ("Its posts", f"{posts.count():,}, {commented} with {comments:,} comments"),
        ("Member's groups", f"{mine.count()} ({by_kind})"),
        (
            "All groups / posts",
            f"{GroupPage.objects.count()} / {GroupPost.objects.count():,}",
        ),
        ("Page view restrictions", f"{PageViewRestriction.objects.count():,}"),
        ("Code", code_version()),
    ]


def code_version() -> str:
    """The commit measured, and whether the working tree had changes."""

    def git(*words: str) -> str:
        run = subprocess.run(["git", *words], cwd=REPO, capture_output=True, text=True)
        return run.stdout.strip()

    changed = git("status", "--porcelain", "--untracked-files=no")
    return git("rev-parse", "--short", "HEAD") + (
        " + uncommitted changes" * bool(changed)
    )


# Query log -------------------------------------------------------------------


def query_shape(sql: str) -> str:
    """The SQL with its values taken out, so that repeated queries group."""
    sql = re.sub(r"'(?:[^']|'')*'", "?", sql)
    sql = re.sub(r"\b\d+\b", "?", sql)
    return re.sub(r"\(\?(?:, \?)*\)", "(...)", sql)


def print_query_log(targets: list[Target], username: str, every: bool) -> None:
    """Print each drawn page's slowest queries and the shapes it repeats."""
    from django.contrib.auth import get_user_model
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=HOST)
    client.force_login(get_user_model().objects.get(username=username))
    for target in targets:
        client.get(target.path)
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            client.get(target.path)
        queries = [(float(q["time"]) * 1000, q["sql"]) for q in captured]
        total = sum(ms for ms, _ in queries)
        print(
            f"\n{target.label} ({target.path}): {len(queries)} queries drawn, "
            f"{total:.1f} ms in SQL",
            flush=True,
        )
        listed = queries if every else sorted(queries, reverse=True)[:6]
        for ms, sql in listed:
            print(f"  {ms:6.1f} ms  {sql[:300]}")
        shapes = defaultdict(list)
        for ms, sql in queries:
            shapes[query_shape(sql)].append(ms)
        for shape, times in shapes.items():
            if len(times) > 1:
                print(f"  repeated {len(times)}x ({sum(times):.1f} ms): {shape[:200]}")


# Report ------------------------------------------------------------------------


def report(args, targets: list[Target], facts) -> bool:
    """Print the figures as Markdown; return whether the group pages pass."""
    plain = targets[0]
    print_setting(args, facts)
    print(
        "| page | URL | queries drawn | queries cached | mean ms | p50 ms "
        f"| p95 ms | p99 ms | req/s @{args.connections} | p50 / plain "
        "| req/s / plain | check |"
    )
    print("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|")
    passed = True
    for target in targets:
        lat = target.latency
        ok = lat["p50"] <= P50_LIMIT_MS and target.drawn_queries <= QUERY_LIMIT
        verdict = "baseline" if target is plain else ("ok" if ok else "SLOW")
        passed = passed and ok
        print(
            f"| {target.label} | `{target.path}` | {target.drawn_queries} "
            f"| {target.queries} | {lat['mean']:.1f} | {lat['p50']:.1f} "
            f"| {lat['p95']:.1f} | {lat['p99']:.1f} | {target.rps:.1f} "
            f"| {lat['p50'] / plain.latency['p50']:.2f}x "
            f"| {target.rps / plain.rps:.2f}x | {verdict} |"
        )
    print_cpu_table(targets)
    print(
        f"Group pages (p50 <= {P50_LIMIT_MS:.0f} ms, <= {QUERY_LIMIT} queries "
        f"drawn): {'ok' if passed else 'NOT ok'}"
    )
    return passed


def main(argv=None) -> int:
    args = parse_args(argv)
    load_at_start = os.getloadavg()[0]
    print(f"load average at start: {load_at_start:.2f}", flush=True)
    media = tempfile.TemporaryDirectory(prefix="werkplek-bench-media-")
    workdir = tempfile.TemporaryDirectory(prefix="werkplek-bench-")
    with media, workdir:
        env = set_up(args, media.name)
        from django.urls import reverse

        member, group = build_groups(args)
        analyze_database()
        targets = [
            Target("plain Page", ensure_plain_page().url, "wagtail.models.Page"),
            Target("group home", group.url, "closed, 20 posts a page"),
            Target(
                "members",
                reverse("groups:members", args=[group.pk]),
                "first page, 50 members",
            ),
            Target("my groups", reverse("groups:mine"), f"{args.groups} groups"),
        ]
        profile_in_process(targets, args.username, args.in_process_requests)
        print_query_log(targets, args.username, args.queries)

        load_tool, loadavg = serve_and_load(args, env, targets, Path(workdir.name))
        facts = machine_facts(load_tool, loadavg) + data_facts(args, member, group)
        facts.append(("Load average at start", f"{load_at_start:.2f} (1 min)"))
        passed = report(args, targets, facts)
    return 1 if args.check and not passed else 0


if __name__ == "__main__":
    sys.exit(main())

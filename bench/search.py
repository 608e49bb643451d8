"""Search benchmark: index time and latency through Werkplek's JSON endpoints
against the same queries sent straight to the engine.

    scripts/with-services .venv/bin/python bench/search.py 2000
    .venv/bin/python bench/search.py 10000 --pages 100000 --engine-url URL

SIZE is the number of people; ``--pages`` the number of theme pages (default
twice SIZE). The database is DATABASE_URL (a temporary SQLite file when it is
not set); the engine is ``--engine-url`` or WERKPLEK_TEST_OPENSEARCH_URL, with
``--engine`` naming Wagtail's backend (opensearch2 by default). Indices get the
prefix ``bench_`` and are deleted at the end.

Steps: seed people (with job titles, skills, units) and pages, rebuild the
index with ``update_index`` (timed), then run each query ``--rounds`` times
through ``/api/search/`` and ``/api/search/autocomplete/`` (Django's test
client, in process, signed in as an ordinary member of staff) and the same
request bodies straight to the engine, and print p50/p95/p99 and the ratio.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SURNAMES = [
    "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes",
    "Goossens", "Wouters", "De Smet", "Dubois", "Lambert", "Martin", "Vermeulen",
    "Van den Broeck", "Hermans", "Lemmens", "Michiels", "Desmet", "Çelik",
]  # fmt: skip
FIRST = ["An", "Bart", "Chloé", "Dirk", "Els", "Frédéric", "Griet", "Hans", "Ines"]
JOBS = ["jurist", "boekhouder", "archivaris", "ICT-medewerker", "architect",
        "maatschappelijk werker", "stedenbouwkundige", "HR-adviseur"]  # fmt: skip
SKILLS = ["omgevingsvergunning", "excel", "gis", "subsidies", "aanbesteding",
          "communicatie", "welzijn", "erfgoed"]  # fmt: skip
TOPICS = ["verlof", "vergunning", "thuiswerk", "fietsvergoeding", "opleiding",
          "parkeren", "ziekte", "pensioen", "aankoop", "veiligheid"]  # fmt: skip
QUERIES = ["peeters", "vermeulen jurist", "verlof", "vergunningen",
           "thuiswerk", '"ziekte melden"', "boekhoudr", "celik", "gis",
           "fietsvergoeding"]  # fmt: skip
PREFIXES = ["pe", "verm", "ver", "thu", "jan", "fie", "cé", "arch"]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def setup_django(args) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    os.environ["DEBUG"] = "false"
    os.environ["SEARCH_URL"] = args.engine_url
    os.environ["SEARCH_ENGINE"] = args.engine
    os.environ["WERKPLEK_SEARCH_INDEX_PREFIX"] = "bench_"
    if "DATABASE_URL" not in os.environ:
        path = Path(tempfile.mkdtemp()) / "bench.sqlite3"
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    import django

    django.setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["testserver"]


def seed(size: int, pages: int, rng: random.Random) -> None:
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from wagtail.models import Site

    from people.models import Organisation, OrgUnit, Person
    from search.models import PendingIndexUpdate
    from themes.models import ThemeIndexPage, ThemePage

    call_command("migrate", verbosity=0)
    organisation = Organisation.objects.create(name="Stad", slug="stad")
    units = [
        OrgUnit.add_root(name=f"Dienst {topic}", organisation=organisation)
        for topic in TOPICS
    ]
    User = get_user_model()
    users = User.objects.bulk_create(
        User(
            username=f"u{n}",
            first_name=rng.choice(FIRST),
            last_name=rng.choice(SURNAMES),
            email=f"u{n}@stad.example",
        )
        for n in range(size)
    )
    Person.objects.bulk_create(
        Person(
            user=user,
            job_title=rng.choice(JOBS),
            org_unit=rng.choice(units),
            sort_name=user.last_name.lower(),
        )
        for user in users
    )
    through = Person.skills.through
    from taggit.models import Tag

    tags = [Tag.objects.get_or_create(name=name, slug=name)[0] for name in SKILLS]
    through.objects.bulk_create(
        through(content_object_id=person_id, tag=rng.choice(tags))
        for person_id in Person.objects.values_list("pk", flat=True)
    )
    print(f"seeded {size} people")

    # Seeding is not what is measured: leave indexing to update_index.
    from search import indexing

    queue, indexing.queue = indexing.queue, lambda objects, related=True: 0
    home = Site.objects.get(is_default_site=True).root_page
    index = home.add_child(instance=ThemeIndexPage(title="Thema's", slug="themas"))
    sections = [
        index.add_child(instance=ThemePage(title=topic.title(), slug=topic))
        for topic in TOPICS
    ]
    started = time.monotonic()
    for n in range(pages):
        topic = rng.choice(TOPICS)
        body = [("paragraph", f"<p>Alles over {topic} en {rng.choice(TOPICS)}.</p>")]
        rng.choice(sections).add_child(
            instance=ThemePage(
                title=f"{topic.title()} {n}: ziekte melden"
                if n % 50 == 0
                else f"{topic.title()} {n}",
                slug=f"p{n}",
                intro=f"Hoe {topic} werkt voor {rng.choice(JOBS)}.",
                body=body,
            )
        )
        if n and n % 5000 == 0:
            print(f"  {n} pages ({time.monotonic() - started:.0f} s)")
    indexing.queue = queue
    PendingIndexUpdate.objects.all().delete()
    print(f"seeded {pages} pages")


def measure(args) -> None:
    from django.core.management import call_command
    from django.test import Client

    from people.models import Person
    from search import service
    from search.indexing import engine_backend

    started = time.monotonic()
    call_command("update_index", verbosity=0)
    index_seconds = time.monotonic() - started
    backend = engine_backend()
    backend.es.indices.refresh(index="bench_*")

    client = Client()
    client.force_login(Person.objects.first().user)
    bodies = []
    original = service._es_search

    def recording(backend, body, indices):
        bodies.append((body, indices))
        return original(backend, body, indices)

    service._es_search = recording
    for query in QUERIES:
        client.get("/api/search/", {"q": query})
    search_bodies = list(bodies)
    bodies.clear()
    for prefix in PREFIXES:
        client.get("/api/search/autocomplete/", {"q": prefix})
    autocomplete_bodies = list(bodies)
    service._es_search = original

    def timed(function, rounds) -> list[float]:
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            function()
            times.append((time.perf_counter() - start) * 1000)
        return times

    def run(url, queries, bodies):
        endpoint, engine = [], []
        for _ in range(args.rounds):
            for query, (body, indices) in zip(queries, bodies, strict=True):
                endpoint += timed(lambda q=query: client.get(url, {"q": q}), 1)
                engine += timed(
                    lambda b=body, i=indices: backend.es.search(
                        index=",".join(i), body=b, ignore_unavailable=True
                    ),
                    1,
                )
        return endpoint, engine

    rows = []
    for name, url, queries, bodies in [
        ("search", "/api/search/", QUERIES, search_bodies),
        ("autocomplete", "/api/search/autocomplete/", PREFIXES, autocomplete_bodies),
    ]:
        endpoint, engine = run(url, queries, bodies)
        rows.append((name, endpoint, engine))

    print()
    print(f"engine: {args.engine} at {args.engine_url}")
    print(f"people: {args.size}, pages: {args.pages}")
    print(f"full reindex (update_index): {index_seconds:.1f} s")
    print()
    print("| request | p50 ms | p95 ms | p99 ms | engine p50 | engine p95 | ratio |")
    print("|---|---|---|---|---|---|---|")
    for name, endpoint, engine in rows:
        ratio = statistics.median(endpoint) / statistics.median(engine)
        cells = [
            *(percentile(endpoint, p) for p in (50, 95, 99)),
            *(percentile(engine, p) for p in (50, 95)),
        ]
        figures = " | ".join(f"{cell:.1f}" for cell in cells)
        print(f"| {name} | {figures} | {ratio:.2f}x |")
    backend.es.indices.delete(index="bench_*")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int, help="number of people (up to 10000)")
    parser.add_argument("--pages", type=int, default=None, help="number of pages")
    parser.add_argument("--rounds", type=int, default=20, help="rounds per query")
    parser.add_argument(
        "--engine-url", default=os.environ.get("WERKPLEK_TEST_OPENSEARCH_URL", "")
    )
    parser.add_argument("--engine", default="opensearch2")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    args.pages = args.size * 2 if args.pages is None else args.pages
    if not args.engine_url:
        parser.error("no engine: pass --engine-url or run under scripts/with-services")
    setup_django(args)
    seed(args.size, args.pages, random.Random(args.seed))
    measure(args)


if __name__ == "__main__":
    main()

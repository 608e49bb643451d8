"""The demo seeding service: one call builds the whole demo organisation,
its intranet pages (with English and French translations of the main pages
and the latest news, made through wagtail-localize) and its groups.

`seed_demo()` is deterministic for a seed and idempotent: a second run with
the same arguments finds everything in place and creates nothing, and a run
with more people adds only the missing ones.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import transaction

from . import freshness, group_content, pages, translations
from . import groups as demo_groups
from . import people as staff
from .vocabulary import ROLE_ACCOUNTS

logger = logging.getLogger(__name__)

Report = Callable[[str], None]
DEFAULT_PASSWORD = "werkplek-demo"  # noqa: S105 -- a demo password, printed on purpose


@dataclass
class StepCount:
    """How many things of one kind a seed run created and found in place."""

    created: int = 0
    existing: int = 0

    def __str__(self) -> str:
        return f"{self.created} created, {self.existing} existing"


@dataclass
class SeedCounts:
    """The outcome of `seed_demo()`, one count per step."""

    organisations: StepCount = field(default_factory=StepCount)
    org_units: StepCount = field(default_factory=StepCount)
    people: StepCount = field(default_factory=StepCount)
    photos: int = 0
    role_accounts: StepCount = field(default_factory=StepCount)
    documents: StepCount = field(default_factory=StepCount)
    sections: StepCount = field(default_factory=StepCount)
    theme_pages: StepCount = field(default_factory=StepCount)
    review_cycles: StepCount = field(default_factory=StepCount)
    home_links: StepCount = field(default_factory=StepCount)
    news_pages: StepCount = field(default_factory=StepCount)
    translations: StepCount = field(default_factory=StepCount)
    groups: StepCount = field(default_factory=StepCount)
    group_members: StepCount = field(default_factory=StepCount)
    group_documents: StepCount = field(default_factory=StepCount)
    group_pages: StepCount = field(default_factory=StepCount)
    group_posts: StepCount = field(default_factory=StepCount)
    group_contacts: StepCount = field(default_factory=StepCount)
    partner_groups: StepCount = field(default_factory=StepCount)
    group_languages: StepCount = field(default_factory=StepCount)

    @property
    def created(self) -> int:
        """Return how many things were created in all."""
        steps = [value for value in vars(self).values() if isinstance(value, StepCount)]
        return sum(step.created for step in steps)


def seed_demo(
    people: int = 800,
    seed: int = 2026,
    password: str = DEFAULT_PASSWORD,
    report: Report | None = None,
) -> SeedCounts:
    """Seed the demo organisation, people, pages and groups; return what was
    created."""
    say = report or (lambda line: None)
    counts = SeedCounts()

    with transaction.atomic():
        organisations, created = staff.seed_organisations()
        counts.organisations = _step(say, "organisations", created, len(organisations))
        units, created = staff.seed_units(organisations)
        counts.org_units = _step(say, "org units", created, len(units))

    specs = staff.build_people(people, seed, units)
    with transaction.atomic():
        created, existing, photos = staff.seed_people(specs, say)
    counts.people = StepCount(created, existing)
    counts.photos = photos
    say(f"people: {counts.people} (photo for {photos})")
    _log("people", counts.people)

    with transaction.atomic():
        created, _existing = staff.seed_role_accounts(specs, units, password)
        counts.role_accounts = _step(say, "role accounts", created, len(ROLE_ACCOUNTS))

    group_index = _seed_pages(counts, specs, seed, say)
    _seed_groups(counts, specs, group_index, seed, say)
    return counts


def _seed_pages(counts: SeedCounts, specs, seed: int, say: Report):
    with transaction.atomic():
        documents, created = pages.seed_documents()
        counts.documents = _step(say, "documents", created, len(documents))
        home = pages.home_page()
        theme_index, news_index, created = pages.seed_sections(home)
        # After the other two, so that it comes last in the navigation.
        group_index, new_index = demo_groups.seed_group_index(home)
        counts.sections = _step(say, "sections", created + new_index, 3)

    with transaction.atomic():
        writer = pages.ThemeWriter(seed, documents, pages.contacts_by_area(specs))
        writer.write(theme_index)
        counts.theme_pages = StepCount(writer.created, writer.existing)
        say(f"theme pages: {counts.theme_pages}")
        _log("theme pages", counts.theme_pages)
        created, existing = freshness.seed_review_cycles(theme_index, seed)
        counts.review_cycles = _step(
            say, "sections with a review cycle", created, created + existing
        )
        created, existing = pages.seed_home(home, writer.top_level)
        counts.home_links = StepCount(created, existing)
        say(f"home page links: {counts.home_links}")

    with transaction.atomic():
        items = pages.build_news(seed)
        created, existing = pages.seed_news(news_index, items, seed)
        counts.news_pages = StepCount(created, existing)
        say(f"news: {counts.news_pages}")
        _log("news", counts.news_pages)

    with transaction.atomic():
        created, existing = translations.seed_translations(
            theme_index, news_index, items, say
        )
        counts.translations = _report(say, "translations", StepCount(created, existing))
        translations.seed_snippet_translations(say)
    return group_index


def _seed_groups(counts: SeedCounts, specs, index, seed: int, say: Report) -> None:
    people = demo_groups.group_people(specs)
    with transaction.atomic():
        seeded, created, new_members, members = demo_groups.seed_groups(
            index, demo_groups.build_groups(seed), people, seed, say
        )
        counts.groups = _step(say, "groups", created, len(seeded))
        counts.group_members = _report(
            say, "group memberships", StepCount(new_members, members)
        )
    with transaction.atomic():
        created, existing = group_content.seed_group_documents(seeded, seed)
        counts.group_documents = _report(
            say, "group documents", StepCount(created, existing)
        )
    with transaction.atomic():
        created, existing = group_content.seed_group_pages(seeded, seed)
        counts.group_pages = _report(say, "group pages", StepCount(created, existing))
    with transaction.atomic():
        created, existing = group_content.seed_group_posts(seeded, seed)
        counts.group_posts = _report(
            say, "group posts and comments", StepCount(created, existing)
        )
    with transaction.atomic():
        created, existing = group_content.seed_group_contacts(seeded, people, seed)
        counts.group_contacts = _report(
            say, "group contacts and notes", StepCount(created, existing)
        )
    with transaction.atomic():
        # After the content, which the partner has no part in.
        created, existing = demo_groups.seed_partner_memberships(seeded)
        counts.partner_groups = _report(
            say, "external partner's groups", StepCount(created, existing)
        )
    with transaction.atomic():
        created, existing = demo_groups.seed_group_languages(seeded)
        counts.group_languages = _report(
            say, "groups offered in English", StepCount(created, existing)
        )


def _step(say: Report, label: str, created: int, total: int) -> StepCount:
    return _report(say, label, StepCount(created, total - created))


def _report(say: Report, label: str, count: StepCount) -> StepCount:
    say(f"{label}: {count}")
    _log(label, count)
    return count


def _log(label: str, count: StepCount) -> None:
    logger.info(
        "demo seed step done step=%s created=%s existing=%s",
        label,
        count.created,
        count.existing,
    )

"""Seed the page tree: the portal home, the theme and news sections, their
pages and the documents they link to.

News content comes from `build_news()`, a pure function of the seed, so the
same seed always yields the same titles, slugs and dates; the dates count
back from a fixed anchor rather than from today.
"""

from __future__ import annotations

import datetime
import json
import logging
import random
import uuid
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from faker import Faker
from wagtail.documents import get_document_model
from wagtail.models import Page, Site

from home.models import HomeFeaturedTheme, HomePage, HomeQuickLink
from people.models import Organisation, Person
from themes.models import NewsIndexPage, NewsPage, ThemeIndexPage, ThemePage

from . import vocabulary as vocab
from .indexing import deferred_indexing, index_pages
from .media import (
    AVATAR_COLOURS,
    BANNER_SIZE,
    DOCUMENTS_COLLECTION,
    NEWS_IMAGES_COLLECTION,
    collection_named,
    create_document,
    render_banner,
    unsaved_image,
)
from .news_corpus import BUILDINGS, MONTHS, NEWS, SITES, WEEKDAYS
from .themes_corpus import DOCUMENTS, THEMES

logger = logging.getLogger(__name__)

HOME_TITLE = "Werkplek"
# The two central sections under the home page: slug -> (title, intro).
SECTIONS = {
    "themas": ("Thema's", "<p>Alles wat je nodig hebt voor je job, per onderwerp.</p>"),
    "nieuws": (
        "Nieuws",
        "<p>Nieuws van de stad, het OCMW, de politiezone en Digitaal Leiemonde.</p>",
    ),
}
NEWS_ANCHOR = datetime.date(2026, 12, 1)
NEWS_DAYS = 730
FEATURED_THEMES = [
    "HR en verloning",
    "Verlof en afwezigheid",
    "ICT-hulp",
    "Mobiliteit",
    "Welzijn op het werk",
    "Opleiding en ontwikkeling",
]


@dataclass
class NewsItem:
    """One generated news page, before it is written to the database."""

    title: str
    slug: str
    date: datetime.date
    intro: str
    body: list[str]
    targets: list[str] = field(default_factory=list)
    image_colour: str = ""
    # The corpus template's (Dutch) title and the values it was filled with,
    # so that a translation of the template can be filled alike.
    template: str = ""
    values: dict[str, str] = field(default_factory=dict)


# Documents and sections.


def seed_documents() -> tuple[dict[str, int], int]:
    """Get or create the downloadable documents; return ids by key and count new."""
    collection = collection_named(DOCUMENTS_COLLECTION)
    document_model = get_document_model()
    documents, created = {}, 0
    for key, (title, filename, lines) in DOCUMENTS.items():
        document = document_model.objects.filter(
            title=title, collection=collection
        ).first()
        if document is None:
            document = create_document(title, filename, lines, collection)
            created += 1
        documents[key] = document.pk
    return documents, created


def home_page() -> HomePage:
    """Return the portal home page: the default site's root."""
    return Site.objects.get(is_default_site=True).root_page.specific


def seed_sections(home: HomePage) -> tuple[ThemeIndexPage, NewsIndexPage, int]:
    """Get or create the 'Thema's' and 'Nieuws' index pages under the home."""
    themes, new_themes = _get_or_publish(home, _section(ThemeIndexPage, "themas"))
    news, new_news = _get_or_publish(home, _section(NewsIndexPage, "nieuws"))
    return themes, news, new_themes + new_news


def _section(model: type[Page], slug: str) -> Page:
    title, intro = SECTIONS[slug]
    return model(title=title, slug=slug, intro=intro)


def _get_or_publish(parent: Page, page: Page) -> tuple[Page, bool]:
    """Return the parent's child with the page's slug, publishing it if new."""
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing is not None:
        return existing.specific, False
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


# Theme pages.


class ThemeWriter:
    """Writes the theme tree, choosing contact people and images from the seed."""

    def __init__(self, seed: int, documents: dict[str, int], contacts: dict):
        self.rng = random.Random(seed)  # noqa: S311 -- demo data, not security
        self.seed = seed
        self.documents = documents
        self.contacts = contacts
        self.existing = 0
        self.new_pages: list[ThemePage] = []
        self.top_level: dict[str, int] = {}

    @property
    def created(self) -> int:
        return len(self.new_pages)

    def write(self, index: ThemeIndexPage) -> None:
        """Write every theme of the corpus under the index page."""
        with deferred_indexing([ThemePage]):
            for spec in THEMES:
                page = self._write(index, spec)
                self.top_level[spec["title"]] = page.pk
        index_pages(self.new_pages)

    def _write(self, parent: Page, spec: dict) -> Page:
        page = ThemePage(
            title=spec["title"],
            slug=slugify(spec["title"]),
            intro=spec["intro"],
        )
        existing = parent.get_children().filter(slug=page.slug).first()
        # Draw from the seed's stream even for existing pages, so later pages
        # get the same choices whatever exists already.
        body = self._body(spec, page.slug, new=existing is None)
        if existing is None:
            page.body = json.dumps(body)
            page, _new = _get_or_publish(parent, page)
            self.new_pages.append(page)
        else:
            page = existing.specific
            self.existing += 1
        for child in spec["children"]:
            self._write(page, child)
        return page

    def _body(self, spec: dict, slug: str, new: bool) -> list[dict]:
        chunks = [markup_block(chunk) for chunk in spec["body"]]
        if spec["image"] and new:
            chunks.insert(1, self._image_block(spec["title"], slug))
        if spec["faq"]:
            chunks.append(faq_block(spec["faq"]))
        if spec["documents"]:
            ids = [self.documents[key] for key in spec["documents"]]
            chunks.append(block("documents", {"title": "Documenten", "documents": ids}))
        if spec["contact"]:
            chunks.extend(self._contact_block(*spec["contact"]))
        if spec["cta"]:
            label, url = spec["cta"]
            chunks.append(block("call_to_action", {"label": label, "url": url}))
        return chunks

    def _image_block(self, title: str, slug: str) -> dict:
        rng = random.Random(f"{self.seed}-theme-{slug}")  # noqa: S311 -- demo data
        image = banner_image(title, f"theme-{slug}", rng, rng.choice(AVATAR_COLOURS))
        return block("image", {"image": image, "decorative": True, "alt_text": ""})

    def _contact_block(self, area: str, role: str) -> list[dict]:
        candidates = self.contacts.get(area) or []
        if not candidates:
            return []
        person = self.rng.choice(candidates)
        return [block("contact_person", {"person": person, "role": role})]


def contacts_by_area(specs) -> dict[str, list[int]]:
    """Return the person ids of unit heads (or, failing those, anyone) by area."""
    heads: dict[str, list[str]] = {}
    anyone: dict[str, list[str]] = {}
    for spec in specs:
        group = heads if spec.is_head else anyone
        group.setdefault(spec.unit.area, []).append(spec.username)
    usernames = {name for names in heads.values() for name in names}
    usernames |= {names[0] for area, names in anyone.items() if area not in heads}
    people = Person.objects.filter(user__username__in=usernames)
    ids = dict(people.values_list("user__username", "pk"))
    areas = {**{area: names[:1] for area, names in anyone.items()}, **heads}
    return {
        area: [ids[name] for name in names if name in ids]
        for area, names in areas.items()
    }


def block(kind: str, value) -> dict:
    """Return a StreamField block in Wagtail's raw JSON form."""
    return {"type": kind, "value": value}


def markup_block(chunk: str) -> dict:
    """Turn one chunk of the corpus markup into a heading or paragraph block."""
    if chunk.startswith("## "):
        return block("heading", {"text": chunk[3:], "level": "h2"})
    if chunk.startswith("- "):
        items = "".join(f"<li>{escape(line[2:])}</li>" for line in chunk.splitlines())
        return block("paragraph", f"<ul>{items}</ul>")
    return block("paragraph", f"<p>{escape(chunk)}</p>")


FAQ_NAMESPACE = uuid.UUID("0d9c3f52-6f3e-4c1e-9d0b-2f4a8a1c7e51")


def faq_block(pairs: list[tuple[str, str]]) -> dict:
    """Return an FAQ block with the question and answer pairs."""
    # List items in Wagtail's block format, with ids of their own: only then
    # can wagtail-localize address (and so translate) each question.
    items = [
        {
            "type": "item",
            "value": {"question": question, "answer": f"<p>{escape(answer)}</p>"},
            "id": str(uuid.uuid5(FAQ_NAMESPACE, f"{number}:{question}")),
        }
        for number, (question, answer) in enumerate(pairs)
    ]
    return block("faq", {"title": "Veelgestelde vragen", "items": items})


def banner_image(title: str, stem: str, rng: random.Random, colour: str) -> int:
    """Render, store and save a 1200x675 banner; return the image id."""
    image = unsaved_image(
        title,
        stem,
        render_banner(rng, colour),
        BANNER_SIZE,
        collection_named(NEWS_IMAGES_COLLECTION),
    )
    image.description = "Decoratieve illustratie"
    image.save()
    return image.pk


# Home page.


def seed_home(home: HomePage, top_level: dict[str, int]) -> tuple[int, int]:
    """Set the welcome text, featured themes and quick links of the home page."""
    home = HomePage.objects.get(pk=home.pk)
    changed = home.welcome != vocab.HOME_WELCOME or home.title != HOME_TITLE
    home.title = home.draft_title = HOME_TITLE
    home.welcome = vocab.HOME_WELCOME
    created = existing = 0
    links = set(home.quick_links.values_list("url", flat=True))
    for number, (title, url, description) in enumerate(vocab.QUICK_LINKS):
        if url in links:
            existing += 1
            continue
        home.quick_links.add(
            HomeQuickLink(
                title=title, url=url, description=description, sort_order=number
            )
        )
        created += 1
    featured = set(home.featured_themes.values_list("theme_id", flat=True))
    for number, title in enumerate(FEATURED_THEMES):
        if top_level[title] in featured:
            existing += 1
            continue
        home.featured_themes.add(
            HomeFeaturedTheme(theme_id=top_level[title], sort_order=number)
        )
        created += 1
    if changed or created:
        home.save_revision().publish()
    return created, existing


# News.


def build_news(seed: int) -> list[NewsItem]:
    """Return the news items for the seed, oldest first, with unique slugs."""
    rng = random.Random(seed)  # noqa: S311 -- demo data, not security
    faker = Faker("nl_BE")
    faker.seed_instance(seed)
    window = [
        NEWS_ANCHOR - datetime.timedelta(days=offset) for offset in range(NEWS_DAYS)
    ]
    weekdays = sorted(day for day in window if day.weekday() < 5)
    items = []
    for template in NEWS:
        for day in _news_dates(rng, template, weekdays):
            items.append(_news_item(rng, faker, template, day))
    items.sort(key=lambda item: (item.date, item.title))
    slugs: set[str] = set()
    for item in items:
        item.slug = _unique_slug(item.slug, slugs)
    return items


def _news_dates(rng, template, weekdays) -> list[datetime.date]:
    if template["date"]:
        return [datetime.date.fromisoformat(template["date"])]
    months = template["months"]
    days = [day for day in weekdays if not months or day.month in months]
    count = template["count"]
    # One date from each of `count` stretches, so repeats spread over time.
    size = len(days) / count
    return [rng.choice(days[int(k * size) : int((k + 1) * size)]) for k in range(count)]


def _news_item(rng, faker, template, day: datetime.date) -> NewsItem:
    targets = template["targets"]
    if targets == "one":
        targets = [rng.choice([spec["key"] for spec in vocab.ORGANISATIONS])]
    values = _news_values(rng, faker, template, day, targets or [])
    title = _capitalise(template["title"].format_map(values))
    colour = ""
    if rng.random() < (0.75 if template["image"] else 0.1):
        colour = _organisation_colour(targets) or rng.choice(AVATAR_COLOURS)
    return NewsItem(
        title=title,
        slug=slugify(title)[:80].strip("-"),
        date=day,
        intro=_capitalise(template["intro"].format_map(values)),
        body=[_capitalise(chunk.format_map(values)) for chunk in template["body"]],
        targets=list(targets or []),
        image_colour=colour,
        template=template["title"],
        values=values,
    )


def _news_values(rng, faker, template, day, targets) -> dict[str, str]:
    event = day + datetime.timedelta(days=rng.randint(7, 20))
    past = day - datetime.timedelta(days=rng.randint(1, 3))
    values = {
        "event_date": _day_text(event),
        "past_date": _day_text(past),
        "year": str(event.year),
        "building": rng.choice(BUILDINGS),
        "site": rng.choice(SITES),
        "person": f"{faker.first_name()} {faker.last_name()}",
        "unit": rng.choice(_unit_names(targets)),
        "number": str(rng.randint(20, 60)),
    }
    for name, options in template["fills"].items():
        values[name] = rng.choice(options)
    return values


def _unit_names(targets: list[str]) -> list[str]:
    keys = targets or [spec["key"] for spec in vocab.ORGANISATIONS]
    names: list[str] = []

    def walk(nodes):
        for node in nodes:
            names.append(node["name"])
            walk(node["children"])

    for key in keys:
        walk(vocab.UNIT_TREE[key])
    return names


def _organisation_colour(targets: list[str]) -> str:
    colours = {spec["key"]: spec["colour"] for spec in vocab.ORGANISATIONS}
    return colours[targets[0]] if targets else ""


def _day_text(day: datetime.date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _unique_slug(slug: str, taken: set[str]) -> str:
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    taken.add(candidate)
    return candidate


def seed_news(
    index: NewsIndexPage, items: list[NewsItem], seed: int
) -> tuple[int, int]:
    """Publish the news items not under the index yet, dated as generated."""
    existing = set(index.get_children().values_list("slug", flat=True))
    organisations = {
        spec["key"]: Organisation.objects.originals().get(slug=spec["slug"])
        for spec in vocab.ORGANISATIONS
    }
    new_pages = []
    with deferred_indexing([NewsPage]):
        for item in items:
            if item.slug not in existing:
                new_pages.append(_publish_news(index, item, organisations, seed))
    index_pages(new_pages)
    return len(new_pages), len(items) - len(new_pages)


def _publish_news(index, item: NewsItem, organisations, seed: int) -> NewsPage:
    image_id = None
    if item.image_colour:
        rng = random.Random(f"{seed}-news-{item.slug}")  # noqa: S311 -- demo data
        image_id = banner_image(item.title, f"news-{item.slug}", rng, item.image_colour)
    page = NewsPage(
        title=item.title,
        slug=item.slug,
        date=item.date,
        intro=item.intro,
        body=json.dumps([markup_block(chunk) for chunk in item.body]),
        image_id=image_id,
    )
    page.target_organisations = [organisations[key] for key in item.targets]
    index.add_child(instance=page)
    page.save_revision().publish()
    moment = timezone.make_aware(
        datetime.datetime.combine(item.date, datetime.time(9, 0))
    )
    NewsPage.objects.filter(pk=page.pk).update(
        first_published_at=moment,
        last_published_at=moment,
        latest_revision_created_at=moment,
    )
    return page

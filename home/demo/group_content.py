"""Seed what the demo's groups hold: documents, pages, posts, contact books.

Each function takes the groups `home.demo.groups.seed_groups()` returned
and draws a group's content from a random stream seeded with the seed and
the group's slug, so a group gets the same content whatever exists already.
Documents, posts and contact books are written only for groups that have
none yet, pages only where their slug is free under their parent. Dates
count back from the news anchor, like the news.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import random
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from faker import Faker
from modelsearch.backends import get_search_backends
from wagtail.documents import get_document_model
from wagtail.models import Collection

from groups.models import (
    GroupContact,
    GroupDocument,
    GroupDocumentVersion,
    GroupNote,
    GroupPage,
    GroupPost,
    GroupWikiPage,
    Membership,
    PostComment,
)
from people.models import Person
from search.indexing import queue as queue_for_index

from . import groups_corpus as corpus
from . import vocabulary as vocab
from .groups import BATCH, People, SeededGroup
from .indexing import deferred_indexing, index_pages
from .media import content_name, store
from .news_corpus import MONTHS
from .pages import NEWS_ANCHOR

logger = logging.getLogger(__name__)

DOCUMENT_SHARE = 1 / 3
CONTACT_BOOKS = 10
POST_DAYS = 182


# Documents ---------------------------------------------------------------------


def seed_group_documents(seeded: list[SeededGroup], seed: int) -> tuple[int, int]:
    """Give about a third of the groups a small library of documents with
    versions; skip groups that have documents already."""
    with_documents = set(
        GroupDocument.objects.filter(
            group_id__in=[group.page.pk for group in seeded]
        ).values_list("group_id", flat=True)
    )
    existing = GroupDocument.objects.filter(group_id__in=with_documents).count()
    collections = Collection.objects.in_bulk(
        [group.page.collection_id for group in seeded]
    )
    created = 0
    for group in seeded:
        rng = random.Random(f"{seed}-documents-{group.spec.slug}")  # noqa: S311
        if rng.random() >= DOCUMENT_SHARE or group.page.pk in with_documents:
            continue
        collection = collections.get(group.page.collection_id)
        if collection is None or not group.members:
            continue
        kinds = rng.sample(corpus.DOCUMENTS, rng.randint(1, 3))
        for title, stem, kind in kinds:
            _add_document(rng, group, collection, title, stem, kind)
            created += 1
    return created, existing


def _add_document(rng, group: SeededGroup, collection, title, stem, kind) -> None:
    year = str(NEWS_ANCHOR.year + 1)
    title = title.format(year=year)
    author = rng.choice(group.members)[0]
    extension = (
        "csv" if kind in ("planning", "members", "budget", "contacts") else "txt"
    )
    lines = _document_lines(rng, group, kind, title)
    document = GroupDocument.objects.create(
        group=group.page,
        title=title,
        status=rng.choice(GroupDocument.Status.values),
        created_by=author,
    )
    moments = sorted(_moment(rng, POST_DAYS) for _ in range(rng.choice([1, 1, 2])))
    for number, moment in enumerate(moments, start=1):
        if number > 1:
            author = rng.choice(group.members)[0]
            lines = [*lines, _revision_line(rng, kind, author)]
        file = _store_document(
            f"{title} ({group.spec.title})"[:255],
            f"{stem.format(year=year)}-{group.spec.slug}",
            extension,
            lines,
            collection,
            author,
        )
        version = GroupDocumentVersion.objects.create(
            document=document, file=file, number=number, uploaded_by=author
        )
        # Uploaded some time ago; update() leaves the auto_now fields alone.
        GroupDocumentVersion.objects.filter(pk=version.pk).update(uploaded_at=moment)
        document.current = file
    document.save(update_fields=["current"])
    GroupDocument.objects.filter(pk=document.pk).update(updated_at=moments[-1])


def _store_document(title, stem, extension, lines, collection, user):
    content = ("\n".join(lines) + "\n").encode()
    document_model = get_document_model()
    storage = document_model._meta.get_field("file").storage
    name = store(storage, content_name("documents", stem, content, extension), content)
    document = document_model(
        title=title,
        file=name,
        collection=collection,
        uploaded_by_user=user,
        file_size=len(content),
        file_hash=hashlib.sha1(content, usedforsecurity=False).hexdigest(),
    )
    document.save()
    return document


def _document_lines(rng, group: SeededGroup, kind: str, title: str) -> list[str]:
    names = [_name(user) for user, _role in group.members]
    topic = group.spec.topic
    if kind == "planning":
        milestones = corpus.MILESTONES.get(group.spec.kind) or corpus.MILESTONES["work"]
        picked = rng.sample(milestones, min(len(milestones), 5))
        days = sorted(_future_day(rng) for _ in picked)
        return ["Datum;Mijlpaal;Trekker"] + [
            f"{day.isoformat()};{text};{rng.choice(names)}"
            for day, text in zip(days, picked, strict=True)
        ]
    if kind == "members":
        return ["Naam;Rol"] + [
            f"{_name(user)};{Membership.Role(role).label}"
            for user, role in group.members
        ]
    if kind == "budget":
        lines = ["Post;Begroot (euro);Besteed (euro)"]
        for item in rng.sample(corpus.BUDGET_LINES, 4):
            planned = rng.randint(2, 40) * 250
            lines.append(f"{item};{planned};{round(planned * rng.uniform(0.2, 1.1))}")
        return lines
    if kind == "contacts":
        return ["Organisatie;Rol;Telefoon"] + [
            f"{name};{role};{_phone(rng)}"
            for name, role in rng.sample(corpus.SUPPLIERS, 4)
        ]
    if kind == "minutes":
        items = _agenda(rng, group.spec.kind, 3)
        return [
            f"{title} - {group.spec.title}",
            f"Aanwezig: {', '.join(rng.sample(names, min(len(names), 5)))}",
            "",
            *[f"- {item.format(topic=topic)}" for item in items],
        ]
    if kind == "checklist":
        return [f"Checklist - {group.spec.title}", ""] + [
            f"[ ] {line}" for line in rng.sample(corpus.AGREEMENTS, 5)
        ]
    return [f"Werkafspraken - {group.spec.title}", ""] + [
        f"- {line}" for line in rng.sample(corpus.AGREEMENTS, 5)
    ]


def _revision_line(rng, kind: str, author) -> str:
    if kind in ("planning", "members", "budget", "contacts"):
        return f"# Bijgewerkt door {_name(author)}"
    return f"Bijgewerkt door {_name(author)}: {rng.choice(corpus.DECISIONS)}"


# Pages -------------------------------------------------------------------------


@dataclass
class WikiSpec:
    """One group page to write, with the pages under it."""

    title: str
    body: str
    author: object
    moment: datetime.datetime
    children: list[WikiSpec] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return slugify(self.title)[:60].strip("-") or "pagina"


# Page kinds each kind of group writes, most typical first.
PAGE_KINDS = {
    "project": ["planning", "minutes", "suppliers", "tasks", "risks", "decisions"],
    "work": ["agreements", "planning", "minutes", "ideas", "tasks", "links"],
    "network": ["practices", "minutes", "faq", "ideas", "links"],
    "usergroup": ["tips", "faq", "minutes", "agreements", "links"],
    "team": ["agreements", "permanence", "onboarding", "minutes", "links"],
    "secret": ["planning", "decisions", "minutes", "agreements"],
    "hobby": ["calendar", "practical", "faq", "ideas"],
}
PAGE_COUNTS = [0, 1, 2, 3, 4, 5]
PAGE_COUNT_WEIGHTS = [20, 38, 20, 11, 6, 5]


def plan_pages(rng: random.Random, group: SeededGroup, documents=()) -> list:
    """Return the pages a group writes (0 to 5 in all, some nested)."""
    count = rng.choices(PAGE_COUNTS, PAGE_COUNT_WEIGHTS)[0]
    if count == 0 or not group.members:
        return []
    writer = _PageWriter(rng, group, list(documents))
    kinds = PAGE_KINDS[group.spec.kind]
    pages: list[WikiSpec] = []
    left = count
    for kind in kinds:
        if left == 0:
            break
        if kind == "minutes" and left >= 2:
            reports = min(left - 1, rng.randint(1, 3))
            pages.append(writer.reports(reports))
            left -= reports + 1
        else:
            pages.append(writer.page(kind))
            left -= 1
    return pages


class _PageWriter:
    """Writes the HTML of group pages from the corpus and the members."""

    def __init__(self, rng: random.Random, group: SeededGroup, documents: list):
        self.rng = rng
        self.group = group
        self.documents = documents
        self.names = [_name(user) for user, _role in group.members]
        self.values = {
            "topic": group.spec.topic,
            "room": rng.choice(corpus.ROOMS),
            "year": str(NEWS_ANCHOR.year + 1),
        }

    def text(self, template: str, after: datetime.date | None = None) -> str:
        day = _day_after(self.rng, after) if after else _future_day(self.rng)
        return template.format(**self.values, date=_day_text(day))

    def spec(self, title: str, body: str, children=(), day=None) -> WikiSpec:
        """Return the page, written by a member some time ago (a report:
        the day after the meeting)."""
        author = self.rng.choice(self.group.members)[0]
        moment = _moment(self.rng, POST_DAYS)
        if day is not None:
            after = day + datetime.timedelta(days=1)
            moment = moment.replace(year=after.year, month=after.month, day=after.day)
        return WikiSpec(title, body, author, moment, list(children))

    def page(self, kind: str) -> WikiSpec:
        title, body = getattr(self, f"_{kind}")()
        if self.documents and kind in ("planning", "agreements", "tasks", "calendar"):
            document = self.documents.pop(0)
            body += (
                f'<p>Meer details staan in <a linktype="document" '
                f'id="{document.current_id}">{escape(document.title)}</a>.</p>'
            )
        return self.spec(title, body)

    def reports(self, count: int) -> WikiSpec:
        days = sorted({_past_day(self.rng, 150) for _ in range(count)}, reverse=True)
        children = [self.spec(*self._report(day), day=day) for day in days]
        intro = _p(
            "Hier bewaren we de verslagen van ons overleg, het nieuwste "
            "bovenaan. Opmerkingen bij een verslag zet je in een bericht."
        )
        return self.spec("Verslagen", intro, children)

    def _report(self, day: datetime.date) -> tuple[str, str]:
        kind = self.group.spec.kind
        label = {"network": "Verslag sessie", "team": "Verslag teamoverleg"}.get(
            kind, "Verslag overleg"
        )
        present = self.rng.sample(self.names, min(len(self.names), 6))
        actions = [
            f"{self.rng.choice(self.names)} {self.text(action, after=day)}"
            for action in self.rng.sample(corpus.ACTIONS, 3)
        ]
        body = (
            _h2("Aanwezig")
            + _p(", ".join(present))
            + _h2("Besproken")
            + _ul(self.text(item) for item in _agenda(self.rng, kind, 4))
            + _h2("Acties")
            + _ul(actions)
        )
        return f"{label} {_day_text(day)}", body

    def _minutes(self) -> tuple[str, str]:
        return self._report(_past_day(self.rng, 150))

    def _agreements(self):
        rhythm = self.text(self.rng.choice(corpus.MEETING_RHYTHMS))
        body = (
            _p(f"Zo werken we samen in {self.group.spec.title}.")
            + _h2("Afspraken")
            + _ul(self.rng.sample(corpus.AGREEMENTS, 5))
            + _h2("Overleg")
            + _p(rhythm)
        )
        return "Werkafspraken", body

    def _planning(self):
        kind = self.group.spec.kind
        milestones = corpus.MILESTONES.get(kind) or corpus.MILESTONES["work"]
        picked = self.rng.sample(milestones, min(len(milestones), 5))
        days = sorted(_future_day(self.rng) for _ in picked)
        items = [
            f"{_day_text(day)}: {text}" for day, text in zip(days, picked, strict=True)
        ]
        title = "Tijdlijn" if kind == "secret" else f"Planning {self.values['year']}"
        body = (
            _p("De belangrijkste stappen van de komende maanden.")
            + _h2("Mijlpalen")
            + _ul(items)
            + _p("Wijzigt er iets? Pas de planning aan en meld het in een bericht.")
        )
        return title, body

    def _suppliers(self):
        items = [
            f"{name} ({role}): {_phone(self.rng)}"
            for name, role in self.rng.sample(corpus.SUPPLIERS, 5)
        ]
        body = _p(
            "Wie we waarvoor contacteren. Contracten lopen via de dienst Aankoop."
        ) + _ul(items)
        return "Contactlijst leveranciers", body

    def _tasks(self):
        tasks = self.rng.sample(corpus.TASKS, min(len(corpus.TASKS), 5))
        items = [f"{self.rng.choice(self.names)}: {task}" for task in tasks]
        return "Taakverdeling", _p("Wie trekt wat?") + _ul(items)

    def _risks(self):
        risks = [
            "Vertraging door het weer of bij de nutsmaatschappijen",
            "Hogere prijzen dan geraamd bij de aanbesteding",
            "Bezwaren van omwonenden tijdens het openbaar onderzoek",
            "Te weinig mensen voor de werfopvolging in de zomer",
            "Hinder voor handelaars tijdens de werken",
        ]
        measures = [
            "Een reserve van 10 procent in het budget",
            "Vroeg overleg met de buurt en de handelaars",
            "Een vaste contactpersoon voor vragen van bewoners",
            "Wekelijkse werfvergadering met alle partijen",
        ]
        body = (
            _h2("Risico's")
            + _ul(self.rng.sample(risks, 3))
            + _h2("Maatregelen")
            + _ul(self.rng.sample(measures, 3))
        )
        return "Risico's en maatregelen", body

    def _decisions(self):
        days = sorted((_past_day(self.rng, 170) for _ in range(3)), reverse=True)
        items = [
            f"{_day_text(day)}: {text}"
            for day, text in zip(
                days, self.rng.sample(corpus.DECISIONS, 3), strict=True
            )
        ]
        return "Beslissingen", _p("Wat we beslisten, het nieuwste eerst.") + _ul(items)

    def _ideas(self):
        ideas = self.rng.sample(corpus.IDEAS, 5)
        body = _p("Alle ideeën zijn welkom. Voeg het jouwe toe!") + _ul(
            self.text(idea) for idea in ideas
        )
        return "Ideeënlijst", body

    def _links(self):
        links = self.rng.sample(vocab.QUICK_LINKS, 4)
        items = "".join(
            f'<li><a href="{escape(url)}">{escape(title)}</a>: '
            f"{escape(description)}</li>"
            for title, url, description in links
        )
        return "Nuttige links", _p("Wat we vaak nodig hebben.") + f"<ul>{items}</ul>"

    def _practices(self):
        body = _p("Goede praktijken die collega's in het netwerk deelden.") + _ul(
            self.rng.sample(corpus.PRACTICES, 4)
        )
        return "Goede praktijken", body

    def _faq(self):
        pairs = corpus.FAQ.get(self.group.spec.kind) or corpus.FAQ["network"]
        body = "".join(
            _h2(self.text(question)) + _p(self.text(answer))
            for question, answer in self.rng.sample(pairs, min(len(pairs), 3))
        )
        return "Veelgestelde vragen", body

    def _tips(self):
        tips = self.rng.sample(corpus.TIPS, 5)
        topic = self.values["topic"]
        intro = _p(f"Tips van collega's die elke dag met {topic} werken.")
        body = intro + _ul(self.text(tip) for tip in tips)
        return "Tips en trucs", body

    def _permanence(self):
        body = _p("Zo zorgen we dat er altijd iemand bereikbaar is.") + _ul(
            self.rng.sample(corpus.PERMANENCE, 4)
        )
        return "Permanentieregeling", body

    def _onboarding(self):
        body = _p("Welkom in het team! Dit helpt je op weg.") + _ul(
            self.rng.sample(corpus.ONBOARDING, 4)
        )
        return "Onthaal nieuwe collega's", body

    def _calendar(self):
        days = sorted({_future_day(self.rng) for _ in range(5)})
        items = [
            f"{_day_text(day)}: {self.text(self.rng.choice(corpus.HOBBY_ACTIVITIES))}"
            for day in days
        ]
        return "Kalender", _p(
            "Wat er de komende maanden op het programma staat."
        ) + _ul(items)

    def _practical(self):
        body = _p("Een paar praktische afspraken.") + _ul(
            self.rng.sample(corpus.HOBBY_PRACTICAL, 4)
        )
        return "Praktische afspraken", body


def seed_group_pages(seeded: list[SeededGroup], seed: int) -> tuple[int, int]:
    """Write the groups' pages that are not there yet; return (new, existing)."""
    index_path = seeded[0].page.path[: -seeded[0].page.steplen] if seeded else ""
    children: dict[str, dict[str, str]] = defaultdict(dict)
    for path, slug in GroupWikiPage.objects.filter(
        path__startswith=index_path
    ).values_list("path", "slug"):
        children[path[: -GroupPage.steplen]][slug] = path
    documents = defaultdict(list)
    for document in GroupDocument.objects.filter(
        group_id__in=[group.page.pk for group in seeded], current__isnull=False
    ).order_by("pk"):
        documents[document.group_id].append(document)
    new_pages: list[GroupWikiPage] = []
    existing = 0
    with deferred_indexing([GroupWikiPage]):
        for group in seeded:
            rng = random.Random(f"{seed}-pages-{group.spec.slug}")  # noqa: S311
            plan = plan_pages(rng, group, documents.get(group.page.pk, []))
            existing += _write_pages(group.page, plan, children, new_pages)
    index_pages(new_pages)
    return len(new_pages), existing


def _write_pages(parent, plan: list[WikiSpec], children, new_pages) -> int:
    """Publish the planned pages missing under `parent`; return how many of
    them (and of the pages under them) were in place already."""
    existing = 0
    for spec in plan:
        path = children[parent.path].get(spec.slug)
        if path is None:
            page = _publish_page(parent, spec)
            new_pages.append(page)
        else:
            existing += 1
            page = GroupWikiPage.objects.get(path=path) if spec.children else None
        if spec.children:
            existing += _write_pages(page, spec.children, children, new_pages)
    return existing


def _publish_page(parent, spec: WikiSpec) -> GroupWikiPage:
    page = GroupWikiPage(
        title=spec.title,
        slug=spec.slug,
        body=spec.body,
        owner=spec.author,
        locale_id=parent.locale_id,
    )
    parent.add_child(instance=page)
    page.save_revision(user=spec.author, log_action=False).publish(
        user=spec.author, skip_permission_checks=True
    )
    # Date the page as written some time ago, as news pages are.
    GroupWikiPage.objects.filter(pk=page.pk).update(
        first_published_at=spec.moment,
        last_published_at=spec.moment,
        latest_revision_created_at=spec.moment,
    )
    return page


# Posts -------------------------------------------------------------------------


def seed_group_posts(seeded: list[SeededGroup], seed: int) -> tuple[int, int]:
    """Write 0 to 15 posts per group, some with comments, dated over the
    half year before the news anchor; skip groups that have posts already.
    Return (posts and comments created, posts found in place)."""
    ids = [group.page.pk for group in seeded]
    with_posts = set(
        GroupPost.objects.filter(group_id__in=ids).values_list("group_id", flat=True)
    )
    existing = GroupPost.objects.filter(group_id__in=with_posts).count()
    existing += PostComment.objects.filter(post__group_id__in=with_posts).count()
    attachments = {}
    for document in GroupDocument.objects.filter(
        group_id__in=ids, current__isnull=False
    ).order_by("-pk"):
        attachments[document.group_id] = document
    posts, times, comments = [], [], []
    for group in seeded:
        if group.page.pk in with_posts or not group.members:
            continue
        rng = random.Random(f"{seed}-posts-{group.spec.slug}")  # noqa: S311
        written = _group_posts(rng, group, attachments.get(group.page.pk))
        for post, moment, replies in written:
            posts.append(post)
            times.append(moment)
            comments.append(replies)
    GroupPost.objects.bulk_create(posts, batch_size=BATCH)
    for post, moment in zip(posts, times, strict=True):
        post.created_at = post.updated_at = moment
    # bulk_create stamps auto_now_add fields with the present; date them here.
    GroupPost.objects.bulk_update(posts, ["created_at", "updated_at"], batch_size=BATCH)
    rows = []
    for post, replies in zip(posts, comments, strict=True):
        for comment in replies:
            comment.post = post
            rows.append(comment)
    stamps = [comment.created_at for comment in rows]
    PostComment.objects.bulk_create(rows, batch_size=BATCH)
    for comment, moment in zip(rows, stamps, strict=True):
        comment.created_at = moment
    PostComment.objects.bulk_update(rows, ["created_at"], batch_size=BATCH)
    index_objects(GroupPost, posts)
    return len(posts) + len(rows), existing


def _group_posts(rng, group: SeededGroup, attachment) -> list:
    """Return (post, when, [comments]) for a group's timeline, oldest first."""
    count = 0 if rng.random() < 0.12 else round(rng.triangular(1, 15, 3))
    templates = corpus.POSTS[group.spec.kind]
    if group.spec.kind != "hobby":
        templates = templates + corpus.POSTS["any"]
    names = [_name(user) for user, _role in group.members]
    room = rng.choice(corpus.ROOMS)
    moments = sorted(_moment(rng, POST_DAYS) for _ in range(count))
    written = []
    for number, moment in enumerate(moments):
        body = rng.choice(templates).format(
            topic=group.spec.topic,
            room=room,
            date=_day_text(_day_after(rng, moment.date())),
            name=rng.choice(names),
        )
        post = GroupPost(
            group=group.page, author=rng.choice(group.members)[0], body=body
        )
        if attachment is not None and number == count - 1:
            post.body = f"'{attachment.title}' staat in de bibliotheek van de groep."
            post.attachment_id = attachment.current_id
        replies = []
        if len(group.members) > 1 and rng.random() < 0.3:
            reply_at = moment
            for _ in range(rng.randint(1, 3)):
                reply_at += datetime.timedelta(minutes=rng.randint(10, 2880))
                replies.append(
                    PostComment(
                        author=rng.choice(group.members)[0],
                        body=rng.choice(corpus.COMMENTS),
                        created_at=min(reply_at, _anchor()),
                    )
                )
        written.append((post, moment, replies))
    return written


def index_objects(model, objects: list) -> None:
    """Index objects written with bulk_create, which sends no signals: in the
    backends that follow saves, and in the engine queue (search.indexing)."""
    if not objects:
        return
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(model, objects)
    queue_for_index(objects, related=False)


# Contact books -------------------------------------------------------------------


def seed_group_contacts(
    seeded: list[SeededGroup], people: People, seed: int
) -> tuple[int, int]:
    """Fill the contact book and notes of CONTACT_BOOKS groups, mostly
    projects and networks; skip those that have contacts already."""
    candidates = [group for group in seeded if len(group.members) >= 2]
    # One in a group of the demo account, so that it sees a contact book.
    books = [
        group
        for group in candidates
        if group.spec.demo_account in Membership.Role.values
        and group.spec.kind in ("project", "network", "work", "team")
    ][:1]
    books += [
        group
        for group in candidates
        if group.spec.kind in ("project", "network") and group not in books
    ][: CONTACT_BOOKS - len(books)]
    ids = [group.page.pk for group in books]
    filled = set(
        GroupContact.objects.filter(group_id__in=ids).values_list("group_id", flat=True)
    )
    existing = GroupContact.objects.filter(group_id__in=filled).count()
    existing += GroupNote.objects.filter(group_id__in=filled).count()
    persons = dict(
        Person.objects.filter(user__username__in=people.usernames).values_list(
            "user__username", "pk"
        )
    )
    contacts, notes, stamps = [], [], []
    for group in books:
        if group.page.pk in filled:
            continue
        rng = random.Random(f"{seed}-contacts-{group.spec.slug}")  # noqa: S311
        faker = Faker("nl_BE")
        faker.seed_instance(f"{seed}-{group.spec.slug}")
        book = _contact_book(rng, faker, group, people, persons)
        contacts += book
        externals = [contact.organisation for contact in book if not contact.person_id]
        for _ in range(rng.randint(3, 8)):
            note = rng.choice(corpus.NOTES).format(
                contact=rng.choice(externals), week=rng.randint(2, 50)
            )
            notes.append(
                GroupNote(
                    group=group.page, author=rng.choice(group.members)[0], body=note
                )
            )
            stamps.append(_moment(rng, POST_DAYS))
    GroupContact.objects.bulk_create(contacts, batch_size=BATCH)
    GroupNote.objects.bulk_create(notes, batch_size=BATCH)
    for note, moment in zip(notes, stamps, strict=True):
        note.created_at = moment
    GroupNote.objects.bulk_update(notes, ["created_at"], batch_size=BATCH)
    return len(contacts) + len(notes), existing


def _contact_book(rng, faker, group: SeededGroup, people: People, persons):
    added_by = group.members[0][0]
    near = people.by_area.get(group.spec.area) or people.usernames
    colleagues = [name for name in near if name in persons]
    book = [
        GroupContact(
            group=group.page,
            person_id=persons[name],
            notes=rng.choice(corpus.CONTACT_NOTES),
            created_by=added_by,
        )
        for name in rng.sample(colleagues, min(len(colleagues), rng.randint(1, 3)))
    ]
    for organisation, domain, role in rng.sample(
        corpus.EXTERNAL_ORGANISATIONS, rng.randint(3, 5)
    ):
        first, last = faker.first_name(), faker.last_name()
        note = f"{role.capitalize()}. {rng.choice(corpus.CONTACT_NOTES)}"
        book.append(
            GroupContact(
                group=group.page,
                name=f"{first} {last}",
                organisation=organisation,
                email=f"{_ascii(first)}.{_ascii(last)}@{domain}",
                phone=_phone(rng),
                notes=note.strip(),
                created_by=added_by,
            )
        )
    return book


# Small helpers -----------------------------------------------------------------


def _name(user) -> str:
    return f"{user.first_name} {user.last_name}".strip() or user.username


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in text if char.isascii() and char.isalnum())


def _phone(rng: random.Random) -> str:
    pairs = " ".join(str(rng.randint(10, 99)) for _ in range(3))
    if rng.random() < 0.4:
        return f"+32 4{rng.randint(70, 99)} {pairs}"
    return f"+32 9 {rng.randint(200, 399)} {pairs[3:]}"


def _agenda(rng: random.Random, kind: str, count: int) -> list[str]:
    items = corpus.AGENDA.get(kind) or corpus.AGENDA["work"]
    return rng.sample(items, min(len(items), count))


def _anchor() -> datetime.datetime:
    return timezone.make_aware(
        datetime.datetime.combine(NEWS_ANCHOR, datetime.time(17))
    )


def _moment(rng: random.Random, days: int) -> datetime.datetime:
    """Return a working-hours moment in the `days` before the news anchor."""
    day = NEWS_ANCHOR - datetime.timedelta(days=rng.randint(0, days))
    while day.weekday() >= 5:
        day -= datetime.timedelta(days=1)
    time = datetime.time(rng.randint(8, 16), rng.randint(0, 59))
    return timezone.make_aware(datetime.datetime.combine(day, time))


def _past_day(rng: random.Random, days: int) -> datetime.date:
    return _moment(rng, days).date()


def _day_after(rng: random.Random, day: datetime.date) -> datetime.date:
    """Return a working day one to four weeks after `day`."""
    later = day + datetime.timedelta(days=rng.randint(7, 28))
    while later.weekday() >= 5:
        later += datetime.timedelta(days=1)
    return later


def _future_day(rng: random.Random) -> datetime.date:
    day = NEWS_ANCHOR + datetime.timedelta(days=rng.randint(3, 120))
    while day.weekday() >= 5:
        day += datetime.timedelta(days=1)
    return day


def _day_text(day: datetime.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def _h2(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _ul(items) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"

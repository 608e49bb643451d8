"""Seed the demo's groups: the group directory, its groups and their members.

`build_groups()` is a pure function of the seed: the same seed always gives
the same group names, descriptions and visibilities, whatever the number of
people. A group's members are drawn from a random stream of its own, seeded
with the seed and the group's slug, so a group gets the same members
whatever exists already. What groups hold is seeded by `group_content`.

Groups are created through `groups.services.create_group()`, as staff
create them, so that their member roles, collections, view restrictions and
page permissions are right; the other memberships are written in bulk, with
the member-role rows `services._activate()` would add one at a time. A group
whose slug exists under the directory is left as it is.
"""

from __future__ import annotations

import logging
import random
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.utils.text import slugify

from groups import services
from groups.models import GroupIndexPage, GroupPage, GroupVisibility, Membership
from home.models import HomePage

from . import groups_corpus as corpus
from . import vocabulary as vocab
from .indexing import deferred_indexing, index_pages
from .pages import _get_or_publish

logger = logging.getLogger(__name__)

# How many groups of each kind: 320 in all, whatever the number of people.
QUOTAS = {
    "project": 70,
    "work": 55,
    "network": 45,
    "usergroup": 25,
    "team": 60,
    "secret": 15,
    "hobby": 50,
}
GROUP_COUNT = sum(QUOTAS.values())
# How much more secret a kind of group tends to be than the others.
SECRECY = {
    "project": 0.35,
    "work": 0.1,
    "network": 0.1,
    "usergroup": 0.0,
    "team": 0.5,
    "secret": 5.0,
    "hobby": -0.2,
}
SECRET_SHARE = 0.15
CLOSED_SHARE = 0.30
MIN_MEMBERS, MAX_MEMBERS = 3, 40
BATCH = 500
DEMO_ACCOUNT = "medewerker"
# The external partner role account, placed in two of the demo account's groups.
PARTNER_ACCOUNT = "partner"
# The demo account's place in some groups: (visibility, role or status).
DEMO_ACCOUNT_PLACES = [
    ("open", Membership.Role.OWNER),
    ("open", Membership.Role.MEMBER),
    ("open", Membership.Role.MEMBER),
    ("open", Membership.Role.MODERATOR),
    ("open", Membership.Role.MEMBER),
    ("open", Membership.Role.MEMBER),
    ("closed", Membership.Role.MEMBER),
    ("closed", Membership.Role.MEMBER),
    ("secret", Membership.Role.MEMBER),
    ("secret", Membership.Role.MEMBER),
    ("closed", Membership.Status.REQUESTED),
    ("secret", Membership.Status.INVITED),
]
DEMO_ACCOUNT_AREAS = ("civil", "contact", "reception")
INDEX_INTRO = (
    "<p>Groepen van collega's: projecten, werkgroepen, netwerken, teams en "
    "clubs van de personeelsvereniging. Zoek een groep of start er zelf "
    "een.</p>"
)


@dataclass
class GroupSpec:
    """One generated group, before it is written to the database."""

    title: str
    slug: str
    description: str
    kind: str
    topic: str
    area: str = ""
    unit: str = ""
    secrecy: float = 0.0
    visibility: str = GroupVisibility.OPEN
    # The demo account's role or status in the group, if any.
    demo_account: str = ""


@dataclass
class SeededGroup:
    """A group in the database with the spec it was made from."""

    spec: GroupSpec
    page: GroupPage
    members: list = field(default_factory=list)  # (user, role), by username


@dataclass
class People:
    """The accounts groups draw their members from."""

    users: dict  # username -> user
    usernames: list[str]
    by_area: dict[str, list[str]]
    by_unit: dict[str, list[str]]
    demo_account: object | None = None


# Names -----------------------------------------------------------------------


def build_groups(seed: int) -> list[GroupSpec]:
    """Return GROUP_COUNT groups for the seed, with unique names and slugs."""
    rng = random.Random(seed)  # noqa: S311 -- demo data, not security
    taken: set[str] = set()
    chosen: list[GroupSpec] = []
    for kind, quota in QUOTAS.items():
        candidates = _candidates(kind)
        rng.shuffle(candidates)
        candidates.sort(key=lambda spec: not _must_have(spec))
        picked = 0
        for spec in candidates:
            if picked == quota:
                break
            if spec.slug in taken:
                continue
            taken.add(spec.slug)
            chosen.append(spec)
            picked += 1
    rng.shuffle(chosen)
    _assign_visibility(rng, chosen)
    _place_demo_account(rng, chosen)
    return chosen


def _spec(
    kind: str,
    title: str,
    description: str,
    topic: str,
    area: str = "",
    unit: str = "",
    secrecy: float = 0.0,
) -> GroupSpec:
    return GroupSpec(
        title=title,
        slug=group_slug(title),
        description=description,
        kind=kind,
        topic=topic,
        area=area,
        unit=unit,
        secrecy=SECRECY[kind] + secrecy,
    )


def group_slug(title: str, suffix: str = "") -> str:
    """Return the slug `services.create_group()` gives a group of this name."""
    return (slugify(title)[: 60 - len(suffix)].strip("-") or "groep") + suffix


def _candidates(kind: str) -> list[GroupSpec]:
    if kind == "project":
        return [
            _spec(
                kind,
                f"{prefix} {name}",
                text.format(what=what),
                name,
                area=area,
                secrecy=secrecy,
            )
            for name, area, what in corpus.PROJECTS
            for prefix, secrecy, text in corpus.PROJECT_KINDS
        ]
    if kind in ("work", "network", "usergroup"):
        subjects, kinds = {
            "work": (corpus.WORKING_TOPICS, corpus.WORKING_KINDS),
            "network": (corpus.NETWORK_ROLES, corpus.NETWORK_KINDS),
            "usergroup": (corpus.APPLICATIONS, corpus.USER_GROUP_KINDS),
        }[kind]
        return [
            _spec(
                kind,
                f"{prefix} {subject}",
                text.format(topic=subject),
                subject,
                area=area,
                secrecy=secrecy,
            )
            for subject, area in subjects
            for prefix, secrecy, text in kinds
        ]
    if kind == "team":
        return _team_candidates()
    if kind == "secret":
        return [
            _spec(kind, title, description, title, area=area)
            for title, area, description in corpus.CONFIDENTIAL
        ]
    specs = [
        _spec(kind, title, description, title) for title, description in corpus.HOBBIES
    ]
    specs += [
        _spec(
            kind,
            title.format(place=place),
            description.format(place=place),
            title.format(place=place),
        )
        for title, description in corpus.HOBBY_VARIANTS
        for place in corpus.HOBBY_PLACES
    ]
    return specs


def _team_candidates() -> list[GroupSpec]:
    specs = []

    def walk(nodes, depth: int) -> None:
        for number, node in enumerate(nodes):
            name = node["name"]
            texts = corpus.TEAM_DESCRIPTIONS
            description = texts[(depth + number) % len(texts)].format(topic=name)
            if depth == 1:
                short = name.removeprefix("Departement ")
                specs.append(
                    _spec(
                        "team",
                        f"Managementteam {short}",
                        f"Het managementteam van {name}: agenda, verslagen en "
                        "opvolging van de beslissingen.",
                        name,
                        area=node["area"],
                        secrecy=0.3,
                    )
                )
            else:
                specs.append(
                    _spec("team", name, description, name, area=node["area"], unit=name)
                )
            walk(node["children"], depth + 1)

    for organisation in vocab.ORGANISATIONS:
        walk(vocab.UNIT_TREE[organisation["key"]], 1)
    return specs


def _demo_account_unit() -> str:
    role = next(r for r in vocab.ROLE_ACCOUNTS if r["username"] == DEMO_ACCOUNT)
    return role["unit"]


def _must_have(spec: GroupSpec) -> bool:
    """The demo account's own team is always among the groups."""
    return spec.kind == "team" and spec.unit == _demo_account_unit()


def _assign_visibility(rng: random.Random, specs: list[GroupSpec]) -> None:
    """Make the most secret-minded SECRET_SHARE secret, the next closed."""
    ranked = sorted(specs, key=lambda spec: spec.secrecy + rng.random(), reverse=True)
    secret = round(len(specs) * SECRET_SHARE)
    closed = round(len(specs) * CLOSED_SHARE)
    for number, spec in enumerate(ranked):
        if number < secret:
            spec.visibility = GroupVisibility.SECRET
            # Like the service, a secret group's address carries a suffix
            # (here one that the seed decides, so that runs agree).
            suffix = "-" + format(rng.getrandbits(24), "06x")
            spec.slug = group_slug(spec.title, suffix)
        elif number < secret + closed:
            spec.visibility = GroupVisibility.CLOSED
        else:
            spec.visibility = GroupVisibility.OPEN


def _place_demo_account(rng: random.Random, specs: list[GroupSpec]) -> None:
    """Put the demo account in about ten groups of every visibility, as the
    owner of an open one, so that its "My groups" shows what groups do."""
    places = list(DEMO_ACCOUNT_PLACES)
    own_team = next((spec for spec in specs if _must_have(spec)), None)
    if own_team is not None:
        own_team.demo_account = Membership.Role.MEMBER
        slot = (own_team.visibility, Membership.Role.MEMBER)
        if slot in places:
            places.remove(slot)
    for visibility, place in places:
        options = [
            spec
            for spec in specs
            if spec.visibility == visibility and not spec.demo_account
        ]
        if place == Membership.Role.OWNER:
            options = [spec for spec in options if spec.kind == "hobby"] or options
        else:
            options = [spec for spec in options if _suits_demo_account(spec)] or options
        if options:
            rng.choice(options).demo_account = place


def seed_group_languages(seeded: list[SeededGroup]) -> tuple[int, int]:
    """Offer the open group the demo account owns in English, as its owner
    does in the group's settings (groups.translation): the English group
    home appears with the Dutch texts, ready for members to translate.

    Return the groups offered and those already offered (0 or 1 in all).
    """
    from wagtail.models import Locale

    owned = [
        s
        for s in seeded
        if s.spec.demo_account == Membership.Role.OWNER
        and s.spec.visibility == GroupVisibility.OPEN
    ]
    owner = get_user_model().objects.filter(username=DEMO_ACCOUNT).first()
    english = Locale.objects.filter(language_code="en").first()
    if not owned or owner is None or english is None:
        return 0, 0
    group = GroupPage.objects.get(pk=owned[0].page.pk)
    if "en" in group.translation_languages:
        return 0, 1
    if group.get_parent().get_parent().get_translation_or_none(english) is None:
        return 0, 0
    with _quiet(services.logger):
        services.update_group(
            owner,
            group,
            title=group.title,
            description=group.description,
            visibility=group.visibility,
            translation_languages=[*group.translation_languages, "en"],
        )
    logger.info(
        "demo group offered in English group_id=%s title=%r", group.pk, group.title
    )
    return 1, 0


def seed_partner_memberships(seeded: list[SeededGroup]) -> tuple[int, int]:
    """Make the external partner account a member of two of the demo
    account's groups: the open one it owns and a closed one it belongs to.

    Return the memberships created and found in place.
    """
    partner = get_user_model().objects.filter(username=PARTNER_ACCOUNT).first()
    if partner is None:
        return 0, 0
    owned = [s for s in seeded if s.spec.demo_account == Membership.Role.OWNER]
    closed = [
        s
        for s in seeded
        if s.spec.visibility == GroupVisibility.CLOSED
        and s.spec.demo_account == Membership.Role.MEMBER
    ]
    created = 0
    groups = [s.page for s in (owned[:1] + closed[:1])]
    for group in groups:
        _membership, is_new = Membership.objects.get_or_create(
            group=group,
            user=partner,
            defaults={"role": Membership.Role.MEMBER},
        )
        partner.groups.add(group.member_role)
        created += is_new
    return created, len(groups) - created


def _suits_demo_account(spec: GroupSpec) -> bool:
    """A counter clerk joins clubs, groups for everyone and their own area's
    groups, not other departments' teams, projects and networks."""
    return spec.kind == "hobby" or spec.area in ("", *DEMO_ACCOUNT_AREAS)


# People ----------------------------------------------------------------------


def group_people(person_specs) -> People:
    """Return the active seeded people as the accounts groups draw from.

    With very few people the role accounts (but the demo account, which is
    placed on purpose) stand in, so groups always find members.
    """
    active = [spec for spec in person_specs if spec.is_active]
    usernames = [spec.username for spec in active]
    if len(usernames) < MIN_MEMBERS * 2:
        usernames += [
            role["username"]
            for role in vocab.ROLE_ACCOUNTS
            if role["username"] not in (DEMO_ACCOUNT, "admin")
            and not role.get("external")
        ]
    user_model = get_user_model()
    users = {
        user.username: user
        for user in user_model.objects.filter(
            username__in=[*usernames, DEMO_ACCOUNT]
        ).only("pk", "username", "first_name", "last_name")
    }
    by_area: dict[str, list[str]] = defaultdict(list)
    by_unit: dict[str, list[str]] = defaultdict(list)
    for spec in active:
        by_area[spec.unit.area].append(spec.username)
        by_unit[spec.unit.name].append(spec.username)
    return People(
        users=users,
        usernames=[name for name in usernames if name in users],
        by_area=dict(by_area),
        by_unit=dict(by_unit),
        demo_account=users.get(DEMO_ACCOUNT),
    )


def _draw_members(rng: random.Random, spec: GroupSpec, people: People):
    """Return (owner, [(username, role)], requested, invited) for a group.

    Between MIN_MEMBERS and MAX_MEMBERS members (fewer when there are few
    people), most from the group's unit or area; the first is the owner,
    a few are moderators and sometimes a second owner.
    """
    pool = people.usernames
    cap = min(MAX_MEMBERS, max(MIN_MEMBERS, len(pool) // 2))
    mu = 2.6 if spec.kind == "hobby" else 2.3
    size = max(MIN_MEMBERS, min(cap, round(rng.lognormvariate(mu, 0.6))))
    own_unit = people.by_unit.get(spec.unit, [])
    size = min(len(pool), max(size, min(cap, len(own_unit))))
    near = own_unit or people.by_area.get(spec.area, [])
    share = len(own_unit) if own_unit else round(size * 0.7)
    chosen = rng.sample(near, min(len(near), share, size))
    while len(chosen) < size:
        taken = set(chosen)
        extra = rng.sample(pool, min(len(pool), size - len(chosen) + 5))
        chosen += [name for name in extra if name not in taken]
        chosen = chosen[:size]
    roles = [(name, Membership.Role.MEMBER) for name in chosen]
    if len(roles) >= 8 and rng.random() < 0.3:
        roles[1] = (roles[1][0], Membership.Role.OWNER)
    if len(roles) >= 5:
        for number in range(2, min(len(roles), 3 + rng.randint(0, len(roles) // 12))):
            roles[number] = (roles[number][0], Membership.Role.MODERATOR)
    taken = set(chosen)
    outside = [name for name in pool if name not in taken]
    requested: list[str] = []
    invited: list[str] = []
    if outside and spec.visibility == GroupVisibility.CLOSED and rng.random() < 0.35:
        requested = rng.sample(outside, min(len(outside), rng.randint(1, 2)))
    if outside and spec.visibility == GroupVisibility.SECRET and rng.random() < 0.4:
        invited = rng.sample(outside, min(len(outside), rng.randint(1, 2)))
    return chosen[0], roles[1:], requested, invited


# The directory and its groups ----------------------------------------------


def seed_group_index(home: HomePage) -> tuple[GroupIndexPage, int]:
    """Get or create the 'Groepen' directory under the home page.

    Created after the theme and news sections, it comes last in the main
    navigation.
    """
    index, created = _get_or_publish(
        home, GroupIndexPage(title="Groepen", slug="groepen", intro=INDEX_INTRO)
    )
    return index, int(created)


def seed_groups(
    index: GroupIndexPage, specs: list[GroupSpec], people: People, seed: int, say
) -> tuple[list[SeededGroup], int, int, int]:
    """Create the groups not under the index yet, with their members.

    Return the seeded groups (all of them, in spec order) and the number of
    groups created and memberships created and found in place.
    """
    existing = {
        page.slug: page
        for page in GroupPage.objects.child_of(index).filter(
            slug__in=[spec.slug for spec in specs]
        )
    }
    in_place = Membership.objects.filter(group__in=list(existing.values())).count()
    new_specs = [spec for spec in specs if spec.slug not in existing]
    if new_specs and not people.usernames:
        logger.warning("demo groups skipped: no accounts to make members")
        new_specs = []
    created: dict[str, GroupPage] = {}
    memberships, roles = [], []
    # Group collections are kept sorted by name: created in that order, each
    # goes last, rather than moving the paths of all that sort after it.
    new_specs.sort(key=lambda spec: f"{spec.title} (")
    with deferred_indexing([GroupPage]), _quiet(services.logger):
        for number, spec in enumerate(new_specs, start=1):
            rng = random.Random(f"{seed}-group-{spec.slug}")  # noqa: S311 -- demo
            group, rows, role_rows = _create_group(rng, index, spec, people)
            created[spec.slug] = group
            memberships += rows
            roles += role_rows
            if number % 100 == 0 and len(new_specs) > 100:
                say(f"  groups: {number} of {len(new_specs)} created")
    Membership.objects.bulk_create(memberships, batch_size=BATCH)
    get_user_model().groups.through.objects.bulk_create(roles, batch_size=BATCH)
    index_pages(list(created.values()))
    pages = {**existing, **created}
    seeded = [
        SeededGroup(spec, pages[spec.slug]) for spec in specs if spec.slug in pages
    ]
    _load_members(seeded)
    # The owner's membership each create_group() made, and the rest.
    return seeded, len(created), len(created) + len(memberships), in_place


@contextmanager
def _quiet(service_logger: logging.Logger):
    """Hold back a service's INFO lines (one per group would drown the
    seeder's progress lines); the seeder logs one line per step instead."""
    level = service_logger.level
    service_logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        service_logger.setLevel(level)


def _create_group(rng, index, spec: GroupSpec, people: People):
    """Create the group through the service, as its owner would; return it
    with the unsaved memberships and member-role rows of everyone else."""
    owner, members, requested, invited = _draw_members(rng, spec, people)
    demo, place = people.demo_account, spec.demo_account
    if demo is None:
        place = ""
    owner_user = people.users[owner]
    if place == Membership.Role.OWNER:
        members = [(owner, Membership.Role.MODERATOR), *members]
        owner_user = demo
    # Room for the owner (and the demo account) within MAX_MEMBERS.
    joins = place in (Membership.Role.MEMBER, Membership.Role.MODERATOR)
    members = members[: MAX_MEMBERS - 1 - joins]
    group = services.create_group(
        owner_user,
        index,
        title=spec.title,
        description=spec.description,
        visibility=spec.visibility,
        slug=spec.slug,
    )
    users = [(people.users[name], role) for name, role in members]
    if joins:
        # The demo account is never drawn at random, so it is no member yet.
        users.append((demo, place))
    through = get_user_model().groups.through
    rows = [Membership(group=group, user=user, role=role) for user, role in users]
    role_rows = [
        through(user_id=user.pk, group_id=group.member_role_id) for user, _r in users
    ]
    waiting = [(people.users[name], Membership.Status.REQUESTED) for name in requested]
    waiting += [(people.users[name], Membership.Status.INVITED) for name in invited]
    if place in (Membership.Status.REQUESTED, Membership.Status.INVITED):
        waiting.append((demo, place))
    rows += [
        Membership(
            group=group,
            user=user,
            status=status,
            invited_by=owner_user if status == Membership.Status.INVITED else None,
        )
        for user, status in waiting
    ]
    return group, rows, role_rows


def _load_members(seeded: list[SeededGroup]) -> None:
    """Fill in each group's active members, ordered by username."""
    by_group = {group.page.pk: group for group in seeded}
    rows = (
        Membership.objects.active()
        .filter(group_id__in=list(by_group))
        .select_related("user")
        .order_by("group_id", "user__username")
    )
    for membership in rows:
        by_group[membership.group_id].members.append((membership.user, membership.role))

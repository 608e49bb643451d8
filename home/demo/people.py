"""Seed the organisations, their unit trees, the staff and the role accounts.

People are generated from the seed in a fixed order, so person number i is
the same whatever the requested head count: asking for more people later
only adds the ones after the last existing.
"""

from __future__ import annotations

import logging
import random
import unicodedata
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from faker import Faker
from taggit.models import Tag

from people.forms import profile_photo_collection
from people.models import (
    SPOKEN_LANGUAGES,
    Organisation,
    OrgUnit,
    Person,
    PersonSkill,
    sort_name_for,
)

from . import vocabulary as vocab
from .media import AVATAR_COLOURS, AVATAR_SIZE, render_avatar, unsaved_image

logger = logging.getLogger(__name__)

KINDS = {1: OrgUnit.Kind.DEPARTMENT, 2: OrgUnit.Kind.SERVICE, 3: OrgUnit.Kind.TEAM}
LANGUAGE_CODES = {code for code, _name in SPOKEN_LANGUAGES}
BATCH = 1000
PHOTO_SHARE = 0.88
INACTIVE_SHARE = 0.01


@dataclass
class UnitInfo:
    """A seeded org unit and what people in it do."""

    pk: int
    name: str
    kind: str
    area: str
    building: str
    organisation: dict
    parent: UnitInfo | None
    weight: float


@dataclass
class PersonSpec:
    """Everything the seeder decides about one generated person."""

    username: str
    first_name: str
    last_name: str
    unit: UnitInfo
    job_title: str
    is_head: bool = False
    is_active: bool = True
    preferred_name: str = ""
    location: str = ""
    phone: str = ""
    mobile: str = ""
    languages: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    bio: str = ""
    photo_colour: str = ""

    @property
    def email(self) -> str:
        return f"{self.username}@{self.unit.organisation['domain']}"

    @property
    def full_name(self) -> str:
        return f"{self.preferred_name or self.first_name} {self.last_name}"


# Organisations and units.


def seed_organisations() -> tuple[dict[str, Organisation], int]:
    """Get or create the four organisations; return them by key and the count new."""
    organisations, created = {}, 0
    for spec in vocab.ORGANISATIONS:
        organisation, is_new = Organisation.objects.originals().get_or_create(
            slug=spec["slug"],
            defaults={
                "name": spec["name"],
                "short_name": spec["short_name"],
                "colour": spec["colour"],
            },
        )
        organisations[spec["key"]] = organisation
        created += is_new
    return organisations, created


def seed_units(organisations: dict[str, Organisation]) -> tuple[list[UnitInfo], int]:
    """Get or create every org unit of the vocabulary's tree, parents first."""
    units: list[UnitInfo] = []
    created = 0
    for spec in vocab.ORGANISATIONS:
        organisation = organisations[spec["key"]]
        for node in vocab.UNIT_TREE[spec["key"]]:
            created += _seed_unit(node, spec, organisation, None, 1, units)
    return units, created


def _seed_unit(node, spec, organisation, parent: UnitInfo | None, depth, units):
    kind = KINDS[depth]
    unit = (
        OrgUnit.objects.originals()
        .filter(organisation=organisation, name=node["name"], depth=depth)
        .first()
    )
    created = unit is None
    if created:
        unit = OrgUnit(name=node["name"], kind=kind, organisation=organisation)
        if parent is None:
            unit = OrgUnit.add_root(instance=unit)
        else:
            # Sorted inserts move siblings' paths: always start from the row.
            unit = OrgUnit.objects.get(pk=parent.pk).add_child(instance=unit)
    building = node["building"] or (parent.building if parent else spec["building"])
    info = UnitInfo(
        pk=unit.pk,
        name=unit.name,
        kind=kind,
        area=node["area"],
        building=building,
        organisation=spec,
        parent=parent,
        weight=_unit_weight(node, depth),
    )
    units.append(info)
    for child in node["children"]:
        created += _seed_unit(child, spec, organisation, info, depth + 1, units)
    return created


def _unit_weight(node: dict, depth: int) -> float:
    base = 1.0 if depth == 1 else (3.0 if node["children"] else 10.0)
    return base * vocab.AREA_HEADCOUNT.get(node["area"], 1.0)


# Generating people.


def build_people(count: int, seed: int, units: list[UnitInfo]) -> list[PersonSpec]:
    """Return `count` people for the seed: the first of them head each unit."""
    rng = random.Random(seed)  # noqa: S311 -- demo data, not security
    faker = Faker("nl_BE")
    faker.seed_instance(seed)
    weights = [unit.weight for unit in units]
    taken: set[str] = set()
    people = []
    for number in range(count):
        is_head = number < len(units)
        unit = units[number] if is_head else rng.choices(units, weights)[0]
        people.append(_person(rng, faker, unit, is_head, taken))
    return people


def _person(rng, faker, unit: UnitInfo, is_head: bool, taken: set[str]):
    first_name, last_name = _name(rng, faker)
    titles, skills = vocab.AREAS[unit.area]
    spec = PersonSpec(
        username=_unique(_username(first_name, last_name), taken),
        first_name=first_name,
        last_name=last_name,
        unit=unit,
        job_title=_head_title(unit) if is_head else rng.choice(titles),
        is_head=is_head,
    )
    spec.is_active = is_head or rng.random() >= INACTIVE_SHARE
    spec.preferred_name = vocab.NICKNAMES.get(first_name, "")
    spec.location = f"{unit.building}, {rng.randint(0, 5)}.{rng.randint(1, 40):02d}"
    spec.phone = _landline(rng, unit) if rng.random() < 0.9 else ""
    spec.mobile = _mobile(rng) if is_head or rng.random() < 0.4 else ""
    spec.languages = _languages(rng, first_name, last_name)
    spec.skills = _skills(rng, skills)
    spec.bio = _bio(rng, unit, spec.skills) if rng.random() < 0.3 else ""
    spec.photo_colour = rng.choice(AVATAR_COLOURS) if rng.random() < PHOTO_SHARE else ""
    return spec


# Faker's Belgian list has a few entries that are no first name on their own.
NOT_FIRST_NAMES = {"El"}


def _name(rng: random.Random, faker: Faker) -> tuple[str, str]:
    first_name = faker.first_name()
    while first_name in NOT_FIRST_NAMES:
        first_name = faker.first_name()
    last_name = faker.last_name()
    if rng.random() < 0.05:
        first_name = rng.choice(vocab.FIRST_NAMES_WITH_DIACRITICS)
    if rng.random() < 0.04:
        last_name = rng.choice(vocab.LAST_NAMES_WITH_DIACRITICS)
    return first_name, last_name


ASCII_FOLD = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae"})


def _username(first_name: str, last_name: str) -> str:
    """Return 'firstname.lastname' in lowercase ASCII without spaces."""

    def fold(text: str) -> str:
        text = unicodedata.normalize("NFKD", text.lower().translate(ASCII_FOLD))
        return "".join(char for char in text if char.isascii() and char.isalnum())

    return f"{fold(first_name)}.{fold(last_name)}"


def _unique(username: str, taken: set[str]) -> str:
    candidate, number = username, 1
    while candidate in taken:
        number += 1
        candidate = f"{username}{number}"
    taken.add(candidate)
    return candidate


def _head_title(unit: UnitInfo) -> str:
    titles = vocab.AREA_HEAD_TITLES.get(unit.area, {})
    return titles.get(unit.kind) or vocab.HEAD_TITLES[unit.kind]


def _landline(rng: random.Random, unit: UnitInfo) -> str:
    prefix = unit.organisation["phone_prefix"]
    return f"+32 9 {prefix} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def _mobile(rng: random.Random) -> str:
    block = rng.choice(["47", "48", "49"])
    digits = [rng.randint(10, 99) for _ in range(3)]
    return f"+32 {block}{rng.randint(0, 9)} {digits[0]} {digits[1]} {digits[2]}"


def _languages(rng: random.Random, first_name: str, last_name: str) -> list[str]:
    languages = ["nl"]
    for code, names in vocab.NAME_LANGUAGES.items():
        if first_name in names or last_name in names:
            languages.append(code)
    for code, share in (("fr", 0.6), ("en", 0.75), ("de", 0.12), ("es", 0.04)):
        if code not in languages and rng.random() < share:
            languages.append(code)
    if rng.random() < 0.01:
        languages.append("vgt")
    return [code for code in languages if code in LANGUAGE_CODES]


def _skills(rng: random.Random, area_skills: list[str]) -> list[str]:
    chosen = rng.sample(area_skills, k=min(len(area_skills), rng.randint(1, 3)))
    if rng.random() < 0.5:
        chosen.append(rng.choice(vocab.COMMON_SKILLS))
    return list(dict.fromkeys(chosen))


def _bio(rng: random.Random, unit: UnitInfo, skills: list[str]) -> str:
    year = rng.randint(1992, 2025)
    opening = rng.choice(vocab.BIO_OPENINGS).format(
        year=year, org=unit.organisation["name"]
    )
    work = rng.choice(vocab.BIO_WORK).format(skill=skills[0] if skills else "ons werk")
    return f"{opening} {work} {rng.choice(vocab.BIO_HOBBIES)}"


# Writing people.


def seed_people(specs: list[PersonSpec], report=None) -> tuple[int, int, int]:
    """Create the people not there yet; return (created, existing, photos)."""
    existing = set(
        get_user_model()
        .objects.filter(username__in=[spec.username for spec in specs])
        .values_list("username", flat=True)
    )
    new = [spec for spec in specs if spec.username not in existing]
    photos = 0
    for start in range(0, len(new), BATCH):
        batch = new[start : start + BATCH]
        photos += _create_batch(batch)
        if report and len(new) > BATCH:
            report(f"  people: {start + len(batch)} of {len(new)} created")
    _link_managers(specs, {spec.username for spec in new})
    return len(new), len(existing), photos


def _create_batch(batch: list[PersonSpec]) -> int:
    user_model = get_user_model()
    users = {
        spec.username: user_model(
            username=spec.username,
            first_name=spec.first_name,
            last_name=spec.last_name,
            email=spec.email,
            is_active=spec.is_active,
            password=make_password(None),
        )
        for spec in batch
    }
    user_model.objects.bulk_create(users.values())
    user_ids = dict(
        user_model.objects.filter(username__in=list(users)).values_list(
            "username", "pk"
        )
    )
    for username, user in users.items():
        user.pk = user_ids[username]
    photos = _create_photos(batch)
    people = Person.objects.bulk_create(
        [_person_row(spec, users[spec.username], photos) for spec in batch]
    )
    _add_skills(batch, people)
    return len(photos)


def _create_photos(batch: list[PersonSpec]) -> dict[str, int]:
    """Render and store the avatars of the batch; return image ids by username."""
    collection = profile_photo_collection()
    rows = {
        spec.username: unsaved_image(
            spec.full_name,
            f"avatar-{spec.username}",
            render_avatar(initials(spec), spec.photo_colour),
            (AVATAR_SIZE, AVATAR_SIZE),
            collection,
        )
        for spec in batch
        if spec.photo_colour
    }
    model = next(iter(rows.values())).__class__ if rows else None
    if model is None:
        return {}
    model.objects.bulk_create(rows.values())
    by_file = dict(
        model.objects.filter(
            file__in=[row.file.name for row in rows.values()]
        ).values_list("file", "pk")
    )
    return {username: by_file[row.file.name] for username, row in rows.items()}


def initials(spec: PersonSpec) -> str:
    """Return the initials a profile shows, as people.models.Person does."""
    parts = [spec.preferred_name or spec.first_name, spec.last_name.split(" ")[-1]]
    return "".join(part[0] for part in parts if part).upper() or "?"


def _person_row(spec: PersonSpec, user, photos: dict[str, int]) -> Person:
    # bulk_create skips Person.save(), which keeps sort_name in step.
    return Person(
        user=user,
        sort_name=sort_name_for(user),
        preferred_name=spec.preferred_name,
        photo_id=photos.get(spec.username),
        job_title=spec.job_title,
        org_unit_id=spec.unit.pk,
        location=spec.location,
        phone=spec.phone,
        mobile=spec.mobile,
        languages=spec.languages,
        bio=spec.bio,
    )


def _add_skills(batch: list[PersonSpec], people: list[Person]) -> None:
    names = sorted({skill for spec in batch for skill in spec.skills})
    tags = skill_tags(names)
    person_ids = dict(
        Person.objects.filter(pk__in=[person.pk for person in people]).values_list(
            "user__username", "pk"
        )
    )
    PersonSkill.objects.bulk_create(
        PersonSkill(
            tag_id=tags[skill.lower()], content_object_id=person_ids[spec.username]
        )
        for spec in batch
        for skill in spec.skills
    )


def skill_tags(names: list[str]) -> dict[str, int]:
    """Return tag ids by lowercased name, creating the tags that are missing."""
    tags = {name.lower(): pk for name, pk in Tag.objects.values_list("name", "pk")}
    for name in names:
        if name.lower() not in tags:
            tags[name.lower()] = Tag.objects.create(name=name).pk
    return tags


def _link_managers(specs: list[PersonSpec], new: set[str]) -> None:
    """Point each new person at the head of their unit (heads: the parent's)."""
    heads = {spec.unit.pk: spec.username for spec in specs if spec.is_head}
    wanted = {}
    for spec in specs:
        boss = _boss(spec, heads) if spec.username in new else None
        if boss:
            wanted[spec.username] = boss
    ids = _person_ids(set(wanted) | set(wanted.values()))
    updates = [
        Person(pk=ids[name], manager_id=ids[boss]) for name, boss in wanted.items()
    ]
    Person.objects.bulk_update(updates, ["manager"], batch_size=500)


def _person_ids(usernames) -> dict[str, int]:
    people = Person.objects.filter(user__username__in=list(usernames))
    return dict(people.values_list("user__username", "pk"))


def _boss(spec: PersonSpec, heads: dict[int, str]) -> str | None:
    unit = spec.unit.parent if spec.is_head else spec.unit
    while unit is not None:
        head = heads.get(unit.pk)
        if head and head != spec.username:
            return head
        unit = unit.parent
    return None


# Role accounts.


def seed_role_accounts(
    specs: list[PersonSpec], units: list[UnitInfo], password: str
) -> tuple[int, int]:
    """Get or create the demo's role accounts; set their password every run."""
    units_by_name = {unit.name: unit for unit in units}
    heads = {spec.unit.pk: spec.username for spec in specs if spec.is_head}
    # Hash once: a deliberately slow hash per account adds seconds to a demo.
    hashed = make_password(password)
    created = 0
    for role in vocab.ROLE_ACCOUNTS:
        unit = units_by_name[role["unit"]] if role["unit"] else None
        user, is_new = _role_user(role, unit, hashed)
        created += is_new
        if is_new or not _has_role_profile(user, unit):
            _fill_role_profile(user, role, unit, unit and heads.get(unit.pk))
    return created, len(vocab.ROLE_ACCOUNTS) - created


def _has_role_profile(user, unit: UnitInfo | None) -> bool:
    """Return whether an earlier run filled in the role account's profile
    (external partners have no unit, only a photo to tell)."""
    people = Person.objects.filter(user=user)
    if unit is None:
        return people.filter(photo__isnull=False).exists()
    return people.filter(org_unit__isnull=False).exists()


def _role_user(role: dict, unit: UnitInfo | None, hashed_password: str):
    user_model = get_user_model()
    user = user_model.objects.filter(username=role["username"]).first()
    is_new = user is None
    if is_new:
        # A plain save, so the post_save signal creates the Person.
        user = user_model.objects.create_user(
            role["username"],
            email=role.get("email")
            or f"{role['username']}@{unit.organisation['domain']}",
            first_name=role["first_name"],
            last_name=role["last_name"],
        )
        logger.info("role account created username=%s", user.username)
    user.is_superuser = user.is_staff = role.get("superuser", False)
    user.password = hashed_password
    user.save()
    if role.get("group"):
        user.groups.add(Group.objects.get(name=role["group"]))
    return user, is_new


def _fill_role_profile(
    user, role: dict, unit: UnitInfo | None, head: str | None
) -> None:
    spec = PersonSpec(
        username=user.username,
        first_name=user.first_name,
        last_name=user.last_name,
        unit=unit,
        job_title=role["job_title"],
        photo_colour=AVATAR_COLOURS[0],
    )
    photo = unsaved_image(
        spec.full_name,
        f"avatar-{spec.username}",
        render_avatar(initials(spec), spec.photo_colour),
        (AVATAR_SIZE, AVATAR_SIZE),
        profile_photo_collection(),
    )
    photo.save()
    person, _created = Person.objects.get_or_create(user=user)
    person.job_title = role["job_title"]
    person.is_external = role.get("external", False)
    if unit is not None:
        person.org_unit_id = unit.pk
        person.location = f"{unit.building}, 2.{len(user.username):02d}"
        extension = 11 + vocab.ROLE_ACCOUNTS.index(role)
        person.phone = f"+32 9 {unit.organisation['phone_prefix']} 10 {extension}"
    person.languages = ["nl", "fr", "en"]
    person.bio = role["bio"]
    person.photo = photo
    person.manager = Person.objects.filter(user__username=head).first()
    person.save()
    tags = skill_tags(role["skills"])
    person.skills.set(
        [Tag.objects.get(pk=tags[name.lower()]) for name in role["skills"]]
    )

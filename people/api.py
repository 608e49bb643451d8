"""The people endpoints of the API: the directory, profiles, organisations
and org units, and ``me`` (read and edit one's own profile).

Who may see whom is decided by ``cms.visibility``, as on the website;
profile edits go through the website's ``ProfileForm``, so that both check
the same rules.
"""

import logging

from django.db.models import OuterRef, Prefetch, Subquery
from django.db.models.functions import Length, Substr
from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate
from pydantic import field_validator
from wagtail.images import get_image_model

from cms.api_support import (
    DETAIL_ERRORS,
    READ_ERRORS,
    ApiError,
    ListPagination,
    RequestBody,
    Text,
    check_parameters,
    form_error_response,
)
from cms.visibility import (
    can_view_person,
    sees_organisation_structure,
    visible_people,
)

from .forms import PLACE_IN_ORGANISATION, ProfileForm
from .models import Organisation, OrgUnit, Person, translated_name
from .views import AVATAR_SPEC, filter_directory

logger = logging.getLogger(__name__)

router = Router(tags=["people"])


# Schemas ---------------------------------------------------------------------


class OrganisationOut(Schema):
    """An organisation sharing this Werkplek."""

    id: int
    name: str = Field(..., alias="localized_name")
    short_name: str
    slug: str
    colour: str

    @staticmethod
    def resolve_short_name(obj: Organisation) -> str:
        return translated_name(obj, "short_name")


class OrganisationRef(Schema):
    """An organisation as a person's profile names it."""

    slug: str
    name: str = Field(..., alias="localized_name")


class OrgUnitOut(Schema):
    """A department, service or team; ``parent`` is the unit above it."""

    id: int
    name: str = Field(..., alias="localized_name")
    kind: str
    organisation: str = Field(..., alias="organisation.slug")
    parent: int | None = Field(None, alias="parent_id")
    depth: int


class OrgUnitRef(Schema):
    """An org unit as a person's profile names it."""

    id: int
    name: str = Field(..., alias="localized_name")


class PersonRef(Schema):
    """A colleague named on another record (a manager, a group member)."""

    username: str
    name: str


class PersonOut(Schema):
    """A colleague as the directory lists them."""

    username: str = Field(..., alias="user.username")
    name: str = Field(..., alias="full_name")
    first_name: str
    last_name: str = Field(..., alias="user.last_name")
    email: str
    job_title: str
    location: str
    phone: str
    mobile: str
    organisation: OrganisationRef | None
    unit: OrgUnitRef | None = Field(None, alias="org_unit")
    photo_url: str | None
    url: str
    is_external: bool

    @staticmethod
    def resolve_phone(obj: Person) -> str:
        return str(obj.phone) if obj.phone else ""

    @staticmethod
    def resolve_mobile(obj: Person) -> str:
        return str(obj.mobile) if obj.mobile else ""

    @staticmethod
    def resolve_photo_url(obj: Person) -> str | None:
        if obj.photo is None:
            return None
        return obj.photo.get_rendition(AVATAR_SPEC).url

    @staticmethod
    def resolve_url(obj: Person) -> str:
        return obj.get_absolute_url()


class PersonDetailOut(PersonOut):
    """A colleague's whole profile."""

    bio: str
    skills: list[str]
    languages: list[str]
    manager: PersonRef | None

    @staticmethod
    def resolve_skills(obj: Person) -> list[str]:
        return sorted(tag.name for tag in obj.skills.all())

    @staticmethod
    def resolve_manager(obj: Person, context) -> dict | None:
        manager = obj.manager
        user = context["request"].user
        if manager is None or not can_view_person(user, manager):
            return None
        return {"username": manager.user.username, "name": manager.full_name}


class ProfilePatch(RequestBody):
    """The fields of one's own profile the API lets one change; each is
    optional, and the profile form of the website checks the result."""

    preferred_name: Text | None = None
    job_title: Text | None = None
    location: Text | None = None
    phone: Text | None = None
    mobile: Text | None = None
    bio: Text | None = None
    org_unit: int | None = None
    skills: list[Text] | None = None
    languages: list[Text] | None = None

    @field_validator("skills")
    @classmethod
    def _plain_skills(cls, value: list[str] | None) -> list[str] | None:
        # Skills travel to the form as one comma-separated string.
        if value and any("," in name or '"' in name for name in value):
            raise ValueError("a skill cannot contain a comma or a double quote")
        return value


# Organisations and org units -------------------------------------------------


@router.get(
    "/organisations/",
    response={200: list[OrganisationOut], **READ_ERRORS},
    summary="List organisations",
    operation_id="organisations_list",
)
@paginate(ListPagination)
def list_organisations(request: HttpRequest, **kwargs):
    """Return the organisations; external partners see none."""
    check_parameters(request, ())
    organisations = Organisation.objects.originals().order_by("name", "pk")
    if not sees_organisation_structure(request.user):
        return organisations.none()
    return organisations


class UnitFilters(Schema):
    """Filters of the org unit list."""

    organisation: str | None = Field(None, description="an organisation's slug")
    parent: int | None = Field(None, description="only the units directly below")


@router.get(
    "/units/",
    response={200: list[OrgUnitOut], **READ_ERRORS},
    summary="List org units",
    operation_id="units_list",
)
@paginate(ListPagination)
def list_units(request: HttpRequest, filters: Query[UnitFilters], **kwargs):
    """Return the org units in tree order; external partners see none."""
    check_parameters(request, UnitFilters.model_fields)
    parents = OrgUnit.objects.originals().filter(
        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - OrgUnit.steplen)
    )
    units = (
        OrgUnit.objects.originals()
        .select_related("organisation")
        .annotate(parent_id=Subquery(parents.values("pk")[:1]))
        .order_by("organisation__name", "path")
    )
    if not sees_organisation_structure(request.user):
        return units.none()
    if filters.organisation:
        units = units.filter(organisation__slug=filters.organisation)
    if filters.parent is not None:
        parent = OrgUnit.objects.originals().filter(pk=filters.parent).first()
        if parent is None:
            raise ApiError(400, f"No org unit {filters.parent}.", "invalid_parameter")
        units = units.filter(path__startswith=parent.path, depth=parent.depth + 1)
    return units


# People ----------------------------------------------------------------------


class PeopleFilters(Schema):
    """Filters of the people list, as in the directory."""

    q: str | None = Field(None, max_length=100, description="name, job or skill")
    organisation: str | None = Field(None, description="an organisation's slug")
    unit: int | None = Field(None, description="an org unit, with its sub-units")
    skill: str | None = Field(None, max_length=100, description="a skill, exactly")


def _people(request: HttpRequest):
    images = get_image_model().objects.prefetch_renditions(AVATAR_SPEC)
    people = Person.objects.for_listing().prefetch_related(
        Prefetch("photo", queryset=images)
    )
    return visible_people(request.user, people)


def _directory_filters(filters: PeopleFilters) -> dict:
    """Return the directory's filters for ``filters``, or answer 400."""
    chosen: dict = {"q": filters.q}
    if filters.organisation:
        chosen["organisation"] = (
            Organisation.objects.originals().filter(slug=filters.organisation).first()
        )
        if chosen["organisation"] is None:
            raise ApiError(
                400, f"No organisation {filters.organisation!r}.", "invalid_parameter"
            )
    if filters.unit is not None:
        chosen["unit"] = OrgUnit.objects.originals().filter(pk=filters.unit).first()
        if chosen["unit"] is None:
            raise ApiError(400, f"No org unit {filters.unit}.", "invalid_parameter")
    return chosen


@router.get(
    "/people/",
    response={200: list[PersonOut], **READ_ERRORS},
    summary="List people",
    operation_id="people_list",
)
@paginate(ListPagination)
def list_people(request: HttpRequest, filters: Query[PeopleFilters], **kwargs):
    """Return the colleagues the caller may see, alphabetically by surname."""
    check_parameters(request, PeopleFilters.model_fields)
    people = filter_directory(_people(request), _directory_filters(filters))
    if filters.skill:
        people = people.filter(skills__name__iexact=filters.skill).distinct()
    return people.order_by("sort_name", "pk")


def _person(request: HttpRequest, username: str) -> Person:
    person = (
        _people(request)
        .select_related("manager__user")
        .prefetch_related("skills")
        .filter(user__username=username)
        .first()
    )
    if person is None or not can_view_person(request.user, person):
        raise Http404
    return person


@router.get(
    "/people/{username}/",
    response={200: PersonDetailOut, **DETAIL_ERRORS},
    summary="Person detail",
    operation_id="people_detail",
)
def get_person(request: HttpRequest, username: str):
    """Return a colleague's profile, or 404 when the caller may not see it."""
    check_parameters(request, ())
    return _person(request, username)


# Me --------------------------------------------------------------------------


@router.get(
    "/me/",
    response={200: PersonDetailOut, **DETAIL_ERRORS},
    summary="My profile",
    operation_id="me_detail",
)
def get_me(request: HttpRequest):
    """Return the caller's own profile."""
    check_parameters(request, ())
    return _person(request, request.user.get_username())


def _form_data(person: Person, changes: dict) -> dict:
    """Return the profile form's data: the profile as it is, with ``changes``."""
    data = {
        "preferred_name": person.preferred_name,
        "job_title": person.job_title,
        "org_unit": person.org_unit_id or "",
        "location": person.location,
        "phone": str(person.phone or ""),
        "mobile": str(person.mobile or ""),
        "skills": [tag.name for tag in person.skills.all()],
        "languages": list(person.languages),
        "bio": person.bio,
        "manager": person.manager_id or "",
    }
    data.update({key: "" if value is None else value for key, value in changes.items()})
    # A trailing comma makes taggit split on commas only (names keep spaces).
    data["skills"] = "".join(f"{name}," for name in data["skills"])
    return data


@router.patch(
    "/me/",
    response={200: PersonDetailOut, **DETAIL_ERRORS},
    summary="Change my profile",
    operation_id="me_update",
)
def update_me(request: HttpRequest, changes: ProfilePatch):
    """Change fields of the caller's own profile; 422 with the form's
    messages when a value is not accepted."""
    person = _person(request, request.user.get_username())
    changed = changes.model_dump(exclude_unset=True)
    form = ProfileForm(_form_data(person, changed), instance=person)
    refused = [
        {
            "loc": ["body", name],
            "msg": "External partners are not placed in an org unit.",
            "type": "external",
        }
        for name in PLACE_IN_ORGANISATION
        if changed.get(name) is not None and name not in form.fields
    ]
    if refused or not form.is_valid():
        return form_error_response(form, refused)
    form.save()
    logger.info("profile updated via api person_id=%s", person.pk)
    return _person(request, request.user.get_username())

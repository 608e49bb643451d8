"""The people directory, profile pages and front-end profile editing."""

from __future__ import annotations

import logging
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from wagtail.images import get_image_model

from cms.fragments import FRAGMENT_TIMEOUT, content_version, fragment_context
from cms.visibility import (
    can_edit_person,
    can_view_person,
    people_visibility_key,
    sees_deactivated_people,
    sees_organisation_structure,
    visible_people,
)

from .forms import DirectoryFilterForm, ProfileForm
from .models import Organisation, OrgUnit, Person, fold

logger = logging.getLogger(__name__)

AVATAR_SPEC = "fill-160x160"
# A manager of hundreds shows a few team members and a link to all of them.
PROFILE_REPORTS_SHOWN = 12


def _with_avatars(people, spec: str = AVATAR_SPEC):
    images = get_image_model().objects.prefetch_renditions(spec)
    return people.prefetch_related(Prefetch("photo", queryset=images))


def filter_directory(people, filters: dict):
    """Apply the directory's search and filters to a Person queryset."""
    query = filters.get("q")
    if query:
        for word in query.split()[:5]:
            people = people.filter(
                Q(user__first_name__icontains=word)
                | Q(user__last_name__icontains=word)
                | Q(preferred_name__icontains=word)
                | Q(sort_name__contains=fold(word))
                | Q(job_title__icontains=word)
                | Q(skills__name__iexact=word)
            )
        people = people.distinct()
    if filters.get("organisation"):
        people = people.filter(org_unit__organisation=filters["organisation"])
    if filters.get("unit"):
        people = people.filter(org_unit__path__startswith=filters["unit"].path)
    if filters.get("manager"):
        people = people.filter(manager__user__username=filters["manager"])
    if filters.get("letter"):
        people = people.filter(sort_name__startswith=fold(filters["letter"]))
    return people


class DirectoryResults:
    """One page of the directory's results, read lazily.

    The template caches the rendered result list; on a cache hit neither the
    count nor the people nor their avatars are queried.
    """

    def __init__(self, people, page_number):
        self.people = people
        self.page_number = page_number

    @cached_property
    def page(self):
        paginator = Paginator(
            _with_avatars(self.people), settings.WERKPLEK_PEOPLE_PER_PAGE
        )
        return paginator.get_page(self.page_number)


def _unit_choices(organisation) -> list[tuple[int, str]]:
    """Return the org unit options of the filter form, indented by depth.

    A select cannot be styled per option, so depth is shown with spaces. The
    list is cached with the content version (a change to a unit moves it on).
    """
    key = "werkplek:unit-choices:{}:{}:{}".format(
        organisation.pk if organisation else "all",
        content_version(),
        translation.get_language(),
    )
    choices = cache.get(key)
    if choices is None:
        units = OrgUnit.objects.originals().only(
            "pk", "name", "depth", "translation_key"
        )
        if organisation:
            units = units.filter(organisation=organisation)
        choices = [
            (unit.pk, "\u00a0\u00a0" * (unit.depth - 1) + unit.localized_name)
            for unit in units
        ]
        cache.set(key, choices, FRAGMENT_TIMEOUT)
    return choices


def directory(request):
    """List colleagues alphabetically, by organisation and unit, paginated."""
    form = DirectoryFilterForm(request.GET or None)
    filters = {}
    if form.is_bound:
        # An invalid filter is reported and ignored; the valid ones still apply
        # (cleaned_data holds the fields that validated).
        form.is_valid()
        filters = form.cleaned_data
    people = visible_people(request.user, Person.objects.for_listing())
    people = filter_directory(people, filters)
    page_number = request.GET.get("page") or "1"
    structure = sees_organisation_structure(request.user)
    # What the cached result list depends on besides the content version:
    # the whole query string (its links keep every parameter) and which
    # people the reader may see (external partners only themselves).
    query_string = urlencode(sorted(request.GET.lists()), doseq=True)
    results_key = f"{query_string}|{people_visibility_key(request.user)}"
    return render(
        request,
        "people/directory.html",
        {
            **fragment_context(request),
            "form": form,
            "results": DirectoryResults(people, page_number),
            "results_key": results_key,
            "sees_structure": structure,
            "organisations": Organisation.objects.originals() if structure else [],
            "unit_choices": _unit_choices(filters.get("organisation"))
            if structure
            else [],
            "selected_unit": filters.get("unit"),
            "letters": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        },
    )


def _get_person(request, username: str) -> Person:
    person = get_object_or_404(
        Person.objects.select_related(
            "user", "org_unit__organisation", "photo", "manager__user"
        ),
        user__username=username,
    )
    if not can_view_person(request.user, person):
        raise Http404
    return person


class Team:
    """A manager's team as their profile shows it: the first members with
    avatars and the size of the whole team.

    Read lazily, so that a profile served from the fragment cache runs none
    of these queries.
    """

    def __init__(self, user, person: Person):
        self.user = user
        self.person = person

    @cached_property
    def _reports(self):
        return visible_people(self.user, self.person.reports.for_listing())

    @cached_property
    def members(self) -> list[Person]:
        return list(_with_avatars(self._reports[:PROFILE_REPORTS_SHOWN]))

    @cached_property
    def count(self) -> int:
        if len(self.members) < PROFILE_REPORTS_SHOWN:
            return len(self.members)
        return self._reports.count()


def profile(request, username: str):
    """Show one colleague's profile.

    Everything below the header's edit button is a cached fragment, keyed by
    the person, the content version (any change to people, units or accounts
    moves it on) and whether the reader also sees deactivated colleagues in
    the team list.
    """
    person = _get_person(request, username)
    return render(
        request,
        "people/profile.html",
        {
            **fragment_context(request),
            "person": person,
            "unit_path": person.org_unit.ancestors_and_self if person.org_unit else [],
            "skills": person.skills.all(),
            "team": Team(request.user, person),
            "sees_deactivated": sees_deactivated_people(request.user),
            "can_edit": can_edit_person(request.user, person),
        },
    )


def my_profile(request):
    """Send the signed-in user to their own profile."""
    return redirect("people:profile", username=request.user.get_username())


def profile_edit(request, username: str):
    """Let staff edit their own profile, and HR anyone's."""
    person = _get_person(request, username)
    if not can_edit_person(request.user, person):
        raise PermissionDenied
    form = ProfileForm(request.POST or None, request.FILES or None, instance=person)
    if request.method == "POST" and form.is_valid():
        form.save()
        logger.info(
            "profile updated person_id=%s by_user_id=%s", person.pk, request.user.pk
        )
        messages.success(request, _("The profile has been saved."))
        return redirect(person.get_absolute_url())
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "people/profile_edit.html",
        {"person": person, "form": form},
        status=status,
    )

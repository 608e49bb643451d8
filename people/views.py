"""The people directory, profile pages and front-end profile editing."""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from wagtail.images import get_image_model

from cms.visibility import can_edit_person, can_view_person, visible_people

from .forms import DirectoryFilterForm, ProfileForm
from .models import Organisation, OrgUnit, Person, fold

logger = logging.getLogger(__name__)

AVATAR_SPEC = "fill-160x160"
PROFILE_PHOTO_SPEC = "fill-320x320"
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
    paginator = Paginator(_with_avatars(people), settings.WERKPLEK_PEOPLE_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))

    selected_unit = filters.get("unit")
    units = OrgUnit.objects.order_by("path").only("pk", "name", "depth")
    if filters.get("organisation"):
        units = units.filter(organisation=filters["organisation"])
    # A select cannot be styled per option: indent with spaces by depth.
    unit_choices = [
        (unit.pk, "\u00a0\u00a0" * (unit.depth - 1) + unit.name) for unit in units
    ]
    return render(
        request,
        "people/directory.html",
        {
            "form": form,
            "page_obj": page,
            "organisations": Organisation.objects.all(),
            "unit_choices": unit_choices,
            "selected_unit": selected_unit,
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


def profile(request, username: str):
    """Show one colleague's profile."""
    person = _get_person(request, username)
    reports = visible_people(request.user, person.reports.for_listing())
    shown_reports = list(_with_avatars(reports[:PROFILE_REPORTS_SHOWN]))
    report_count = len(shown_reports)
    if report_count == PROFILE_REPORTS_SHOWN:
        report_count = reports.count()
    return render(
        request,
        "people/profile.html",
        {
            "person": person,
            "unit_path": person.org_unit.ancestors_and_self()
            if person.org_unit
            else [],
            "skills": person.skills.all(),
            "reports": shown_reports,
            "report_count": report_count,
            "can_edit": can_edit_person(request.user, person),
            "photo_spec": PROFILE_PHOTO_SPEC,
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

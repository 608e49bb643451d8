"""Wagtail admin: organisations, org units and people as snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .forms import OrgUnitAdminForm
from .models import Organisation, OrgUnit, Person


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "site"
    list_display = ["name", "short_name", "slug"]
    search_fields = ["name", "short_name"]
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("slug")]),
        FieldPanel("colour"),
    ]


class OrgUnitViewSet(SnippetViewSet):
    model = OrgUnit
    icon = "group"
    list_display = ["name", "kind", "organisation", "depth"]
    list_filter = ["organisation", "kind"]
    search_fields = ["name"]
    ordering = ["path"]
    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("organisation"),
        FieldPanel("parent"),
    ]

    def get_form_class(self, for_update=False):
        return OrgUnitAdminForm


class PersonViewSet(SnippetViewSet):
    """People are created with their user account (or by sign-on); HR edits
    them here or on the front end."""

    model = Person
    icon = "user"
    list_display = ["full_name", "job_title", "org_unit"]
    list_filter = ["org_unit__organisation", "is_external"]
    # Searched through Person's own search index (names, job, skills); the
    # admin cannot search account fields by name.
    panels = [
        MultiFieldPanel(
            [FieldPanel("preferred_name"), FieldPanel("job_title")],
            heading=_("Name and job"),
        ),
        FieldPanel("photo"),
        FieldPanel("org_unit"),
        FieldPanel("manager"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("mobile")]),
        FieldPanel("location"),
        FieldPanel("skills"),
        FieldPanel("bio"),
        # External partners see only the groups they are invited to.
        FieldPanel("is_external"),
    ]

    def get_queryset(self, request):
        return Person.objects.select_related("user", "org_unit")


class PeopleViewSetGroup(SnippetViewSetGroup):
    items = (PersonViewSet, OrganisationViewSet, OrgUnitViewSet)
    menu_icon = "group"
    menu_label = _("People")
    menu_name = "people"


register_snippet(PeopleViewSetGroup)

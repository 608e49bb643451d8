"""Forms for the people directory, profile editing and the org-unit admin."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField
from wagtail.models import Collection

from .models import SPOKEN_LANGUAGES, Organisation, OrgUnit, Person

PROFILE_PHOTO_COLLECTION = "Profielfoto's"
# taggit stores a tag name in 100 characters; more skills than this is a list
# nobody reads.
MAX_SKILL_LENGTH = 100
MAX_SKILLS = 30


class DirectoryFilterForm(forms.Form):
    """The people directory's search and filters, read from the query string."""

    q = forms.CharField(label=_("Name, job or skill"), required=False, max_length=100)
    organisation = forms.ModelChoiceField(
        Organisation.objects.originals(),
        to_field_name="slug",
        required=False,
        label=_("Organisation"),
        empty_label=_("All organisations"),
    )
    unit = forms.ModelChoiceField(
        OrgUnit.objects.originals().select_related("organisation"),
        required=False,
        label=_("Org unit"),
        empty_label=_("All units"),
    )
    manager = forms.CharField(required=False, max_length=150, widget=forms.HiddenInput)
    letter = forms.RegexField(
        regex=r"^[A-Za-z]$", required=False, label=_("Surname starts with")
    )

    def clean_letter(self):
        return (self.cleaned_data.get("letter") or "").upper()


# The fields that place a profile in the organisation; external partners
# have none of them.
PLACE_IN_ORGANISATION = ("org_unit", "manager")


class ProfileForm(forms.ModelForm):
    """What a staff member (or HR) edits on a profile from the front end.

    Names and e-mail come from the organisation's directory and are not
    edited here.
    """

    photo_upload = WagtailImageField(label=_("New photo"), required=False)
    remove_photo = forms.BooleanField(label=_("Remove my photo"), required=False)
    languages = forms.MultipleChoiceField(
        choices=SPOKEN_LANGUAGES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Languages I speak"),
    )

    class Meta:
        model = Person
        fields = [
            "preferred_name",
            "job_title",
            "org_unit",
            "location",
            "phone",
            "mobile",
            "skills",
            "languages",
            "bio",
            "manager",
        ]
        widgets = {"bio": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail's image field writes its own help text; state our own limit.
        self.fields["photo_upload"].help_text = _(
            "A JPEG, PNG, GIF or WebP image of at most %(size)s."
        ) % {"size": filesizeformat(settings.WERKPLEK_PROFILE_PHOTO_MAX_BYTES)}
        self.fields["org_unit"].queryset = (
            OrgUnit.objects.originals()
            .select_related("organisation")
            .order_by("organisation__name", "path")
        )
        # Units by the name of the language being read.
        self.fields["org_unit"].label_from_instance = _unit_label
        # Namesakes exist in a large organisation: show the job too.
        self.fields["manager"].label_from_instance = _manager_label
        self.fields["manager"].queryset = (
            Person.objects.active().exclude(pk=self.instance.pk).select_related("user")
        )
        if self.instance.is_external:
            # A partner is no colleague in a unit, nor anybody's report.
            for name in PLACE_IN_ORGANISATION:
                del self.fields[name]

    def clean_skills(self):
        skills = self.cleaned_data.get("skills") or []
        too_long = [name for name in skills if len(name) > MAX_SKILL_LENGTH]
        if too_long:
            raise ValidationError(
                _("A skill has at most %(max)s characters."),
                params={"max": MAX_SKILL_LENGTH},
                code="skill_too_long",
            )
        if len(skills) > MAX_SKILLS:
            raise ValidationError(
                _("Name at most %(max)s skills."),
                params={"max": MAX_SKILLS},
                code="too_many_skills",
            )
        return skills

    def clean_photo_upload(self):
        photo = self.cleaned_data.get("photo_upload")
        limit = settings.WERKPLEK_PROFILE_PHOTO_MAX_BYTES
        if photo and photo.size > limit:
            raise ValidationError(
                _("This photo is %(size)s; the limit is %(limit)s."),
                params={
                    "size": filesizeformat(photo.size),
                    "limit": filesizeformat(limit),
                },
                code="file_too_large",
            )
        return photo

    def clean_manager(self):
        manager = self.cleaned_data.get("manager")
        person = self.instance
        seen = set()
        boss = manager
        while boss is not None and boss.pk not in seen:
            if boss.pk == person.pk:
                raise ValidationError(
                    _("Nobody can be their own manager, not even through others.")
                )
            seen.add(boss.pk)
            boss = boss.manager
        return manager

    def save(self, commit=True):
        person = super().save(commit=False)
        upload = self.cleaned_data.get("photo_upload")
        if upload:
            person.photo = get_image_model().objects.create(
                title=person.full_name,
                file=upload,
                collection=profile_photo_collection(),
                uploaded_by_user=person.user,
            )
        elif self.cleaned_data.get("remove_photo"):
            person.photo = None
        if commit:
            person.save()
            self.save_m2m()
        return person


def _unit_label(unit: OrgUnit) -> str:
    return unit.localized_name


def _manager_label(person: Person) -> str:
    if person.job_title:
        return f"{person.full_name} ({person.job_title})"
    return person.full_name


def profile_photo_collection() -> Collection:
    """Return the collection profile photos go to, creating it once."""
    collection = Collection.objects.filter(name=PROFILE_PHOTO_COLLECTION).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(
            name=PROFILE_PHOTO_COLLECTION
        )
    return collection


class OrgUnitAdminForm(WagtailAdminModelForm):
    """Admin form for org units: places a new unit in the tree under its
    parent, or moves an existing one."""

    parent = forms.ModelChoiceField(
        OrgUnit.objects.originals().select_related("organisation").order_by("path"),
        required=False,
        label=_("Parent unit"),
        help_text=_("Leave empty for a top-level department."),
    )

    class Meta:
        model = OrgUnit
        fields = ["name", "kind", "organisation", "parent"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["parent"].initial = self.instance.get_parent()
            self.fields["parent"].queryset = self.fields["parent"].queryset.exclude(
                path__startswith=self.instance.path
            )

    def clean(self):
        cleaned = super().clean()
        parent = cleaned.get("parent")
        organisation = cleaned.get("organisation")
        if parent and organisation and parent.organisation_id != organisation.pk:
            self.add_error(
                "parent", _("The parent unit belongs to another organisation.")
            )
        return cleaned

    def save(self, commit=True):
        unit = self.instance
        parent = self.cleaned_data.get("parent")
        if unit.pk is None:
            if parent:
                return parent.add_child(instance=unit)
            return OrgUnit.add_root(instance=unit)
        unit.save()
        current = unit.get_parent()
        if parent != current:
            if parent:
                unit.move(parent, pos="sorted-child")
            else:
                unit.move(OrgUnit.get_first_root_node(), pos="sorted-sibling")
        return unit

"""Organisations, org units and person profiles.

A city administration consists of several organisations (the city, its
social-welfare centre, the police zone, ...). Each has a tree of org units
(departments, services, teams). Every user account has exactly one `Person`:
the profile colleagues see and search for.
"""

from __future__ import annotations

import time

from anyascii import anyascii
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from phonenumber_field.modelfields import PhoneNumberField
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase
from treebeard.mp_tree import MP_Node, MP_NodeManager, MP_NodeQuerySet
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from search.person_index import PersonIndexMixin

# Languages colleagues can say they speak, shown on profiles.
SPOKEN_LANGUAGES = [
    ("nl", _("Dutch")),
    ("fr", _("French")),
    ("en", _("English")),
    ("de", _("German")),
    ("es", _("Spanish")),
    ("it", _("Italian")),
    ("tr", _("Turkish")),
    ("ar", _("Arabic")),
    ("pl", _("Polish")),
    ("ro", _("Romanian")),
    ("bg", _("Bulgarian")),
    ("vgt", _("Flemish Sign Language")),
]


def fold(text: str) -> str:
    """Return ``text`` in lower-case ASCII, so that Çelik sorts and matches as
    celik."""
    return anyascii(text).lower()


def sort_name_for(user) -> str:
    """Return the key that orders people alphabetically by surname."""
    return fold(f"{user.last_name} {user.first_name}".strip())


# How long a process trusts its copy of the translated names before asking
# the shared cache whether content changed (cms.fragments.content_version).
NAMES_RECHECK_SECONDS = 2.0
_names_memo: dict[tuple, tuple[float, dict]] = {}


def translated_name(obj, field: str = "name") -> str:
    """``obj``'s ``field`` in the language being read: from its translation
    (wagtail-localize) when one exists, else its own."""
    original = getattr(obj, field)
    code = translation.get_language() or settings.LANGUAGE_CODE
    code = code.split("-")[0]
    if code == settings.LANGUAGE_CODE:
        return original
    names = _translated_names(type(obj), code)
    return names.get((obj.translation_key, field)) or original


def _translated_names(model, code: str) -> dict:
    """{(translation_key, field): text} of ``model``'s translations into
    ``code``: kept in the shared cache per content version (any change to
    organisations or units moves it on), and for a moment in the process."""
    from django.core.cache import cache

    from cms.fragments import FRAGMENT_TIMEOUT, content_version

    key = (model._meta.label, code)
    now = time.monotonic()
    memo = _names_memo.get(key)
    if memo and now - memo[0] < NAMES_RECHECK_SECONDS:
        return memo[1]
    shared_key = f"werkplek:names:{model._meta.label_lower}:{code}:{content_version()}"
    names = cache.get(shared_key)
    if names is None:
        fields = [f for f in ("name", "short_name") if hasattr(model, f)]
        rows = model.objects.filter(locale__language_code=code).values(
            "translation_key", *fields
        )
        names = {
            (row["translation_key"], field): row[field]
            for row in rows
            for field in fields
            if row[field]
        }
        cache.set(shared_key, names, FRAGMENT_TIMEOUT)
    _names_memo[key] = (now, names)
    return names


def forget_translated_names() -> None:
    """Drop this process's copy of the translated names."""
    _names_memo.clear()


class TranslatedNamesQuerySet(models.QuerySet):
    def originals(self):
        """The rows everything refers to: those in the default language.
        Translations (wagtail-localize) only give their names to readers of
        another language (``localized_name``)."""
        return self.filter(locale__language_code=settings.LANGUAGE_CODE)


def in_default_language():
    """``limit_choices_to`` of references: translations are not chosen."""
    return models.Q(locale__language_code=settings.LANGUAGE_CODE)


class Organisation(TranslatableMixin, models.Model):
    """One of the organisations that share this Werkplek (e.g. the city, its
    social-welfare centre); news can target it and every org unit belongs to
    exactly one.

    Translatable with wagtail-localize: a translation is a row in another
    locale with the same translation_key, holding the translated names;
    references (units, news targets) always point to the Dutch row."""

    name = models.CharField(_("name"), max_length=120)
    short_name = models.CharField(_("short name"), max_length=30, blank=True)
    slug = models.SlugField(_("slug"), max_length=60)
    colour = models.CharField(
        _("colour"),
        max_length=7,
        default="#1f5f8b",
        help_text=_("Brand colour as #rrggbb, used for badges."),
    )

    objects = TranslatedNamesQuerySet.as_manager()

    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("colour"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(
                fields=["name", "locale"], name="unique_organisation_name"
            ),
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_organisation_slug"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("people:directory") + f"?organisation={self.slug}"

    @property
    def localized_name(self) -> str:
        return translated_name(self)

    @property
    def localized_short_name(self) -> str:
        return translated_name(self, "short_name") or self.localized_name


class OrgUnitQuerySet(MP_NodeQuerySet):
    def originals(self):
        """The units of the default language (``TranslatedNamesQuerySet``)."""
        return self.filter(locale__language_code=settings.LANGUAGE_CODE)


class OrgUnitManager(MP_NodeManager):
    def get_queryset(self):
        return OrgUnitQuerySet(self.model).order_by("path")

    def originals(self):
        return self.get_queryset().originals()


class OrgUnit(TranslatableMixin, MP_Node):
    """A department, service or team inside an organisation; units form a tree
    (materialised path) so that a department's people include its teams.

    Translatable with wagtail-localize like organisations. As Wagtail does
    for pages, each language has a tree of its own: a unit's translation
    sits under its parent's translation (``copy_for_translation``). People
    and everything else refer to the Dutch tree.
    """

    class Kind(models.TextChoices):
        DEPARTMENT = "department", _("Department")
        SERVICE = "service", _("Service")
        TEAM = "team", _("Team")

    name = models.CharField(_("name"), max_length=150)
    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, default=Kind.SERVICE
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="units",
        limit_choices_to=in_default_language,
        verbose_name=_("organisation"),
    )

    # Siblings sort by name within a language. The locale comes first so
    # that translations, added later, sort after the Dutch units (the
    # default locale is the first Wagtail creates) and never shift their
    # paths.
    node_order_by = ["locale_id", "name"]

    objects = OrgUnitManager()

    override_translatable_fields = [
        SynchronizedField("kind"),
        SynchronizedField("organisation"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("org unit")
        verbose_name_plural = _("org units")

    def __str__(self):
        return self.name

    @property
    def localized_name(self) -> str:
        return translated_name(self)

    @classmethod
    def add_root(cls, **kwargs):
        _with_default_locale(kwargs.get("instance"))
        return super().add_root(**kwargs)

    def add_child(self, **kwargs):
        _with_default_locale(kwargs.get("instance"))
        return super().add_child(**kwargs)

    def copy_for_translation(self, locale, exclude_fields=None):
        """Place the translation in ``locale``'s tree, under the translation
        of this unit's parent (made first when missing), not beside the
        original: a tree node cannot be copied row by row."""
        # wagtail-localize hands over the unit as its translation source
        # stored it; the tree may have moved since.
        current = OrgUnit.objects.get(pk=self.pk)
        parent = current.get_parent()
        copy = OrgUnit(
            name=self.name,
            kind=self.kind,
            organisation_id=self.organisation_id,
            locale=locale,
            translation_key=self.translation_key,
        )
        if parent is None:
            return OrgUnit.add_root(instance=copy)
        parent_copy = parent.get_translation_or_none(locale)
        if parent_copy is None:
            parent_copy = parent.copy_for_translation(locale)
        return parent_copy.add_child(instance=copy)

    def clean(self):
        parent = self.get_parent() if self.pk and self.depth > 1 else None
        if parent and parent.organisation_id != self.organisation_id:
            raise ValidationError(
                _("A unit belongs to the same organisation as its parent unit.")
            )

    def get_absolute_url(self):
        return reverse("people:directory") + f"?unit={self.pk}"

    def ancestors_and_self(self) -> list[OrgUnit]:
        """Return the unit's chain from the top department down, in one query."""
        ends = range(self.steplen, len(self.path) + 1, self.steplen)
        paths = [self.path[:end] for end in ends]
        units = OrgUnit.objects.filter(path__in=paths).order_by("depth")
        return list(units)


def _with_default_locale(unit) -> None:
    """Give a new unit its locale before the tree sorts it in (sorting reads
    the locale first; Wagtail would set it only when saving)."""
    if unit is not None and unit.locale_id is None:
        unit.locale = unit.get_default_locale()


class PersonQuerySet(models.QuerySet):
    def active(self):
        return self.filter(user__is_active=True)

    def for_listing(self):
        """Join what a name card shows, so a list costs a fixed number of queries."""
        # The photo is left to the caller, which prefetches it together with
        # the renditions of the size it shows.
        return self.select_related("user", "org_unit__organisation")


class PersonSkill(TaggedItemBase):
    """Through model linking a person to a skill or area of expertise tag."""

    content_object = models.ForeignKey(
        "people.Person", on_delete=models.CASCADE, related_name="skill_items"
    )


class Person(PersonIndexMixin, models.Model):
    """The profile of one staff member: a face, a job, a place in the
    organisation and what they know. Exactly one per user account; names and
    e-mail come from the account (the organisation's directory). Indexed for
    search as search.person_index describes."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="person",
        verbose_name=_("user account"),
    )
    preferred_name = models.CharField(
        _("preferred name"),
        max_length=80,
        blank=True,
        help_text=_("The name colleagues call you, if it is not your first name."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("photo"),
    )
    job_title = models.CharField(_("job title"), max_length=120, blank=True)
    org_unit = models.ForeignKey(
        OrgUnit,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="people",
        limit_choices_to=in_default_language,
        verbose_name=_("org unit"),
    )
    location = models.CharField(
        _("location"),
        max_length=150,
        blank=True,
        help_text=_("Building and office, e.g. 'Administratief Centrum, 3.12'."),
    )
    phone = PhoneNumberField(_("phone"), blank=True)
    mobile = PhoneNumberField(_("mobile"), blank=True)
    skills = TaggableManager(
        through=PersonSkill,
        blank=True,
        verbose_name=_("skills and expertise"),
        help_text=_("What colleagues may ask you about."),
    )
    languages = models.JSONField(
        _("languages"),
        default=list,
        blank=True,
        help_text=_("Language codes of the languages this person speaks."),
    )
    bio = models.TextField(_("about me"), max_length=1000, blank=True)
    sort_name = models.CharField(
        _("sort name"),
        max_length=300,
        default="",
        editable=False,
        db_index=True,
        help_text=_("Surname and first name folded to ASCII, for A-Z listing."),
    )
    manager = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name=_("manager"),
    )

    sign_on_subject = models.CharField(
        _("sign-on subject"),
        max_length=255,
        unique=True,
        null=True,
        blank=True,
        editable=False,
        help_text=_("The provider's stable identifier of this person."),
    )
    is_external = models.BooleanField(
        _("external"),
        default=False,
        help_text=_("An external partner rather than a member of staff."),
    )

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["sort_name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.full_name

    def save(self, *args, **kwargs):
        self.sort_name = sort_name_for(self.user)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("people:profile", args=[self.user.get_username()])

    @property
    def first_name(self) -> str:
        return self.preferred_name or self.user.first_name

    @property
    def full_name(self) -> str:
        name = f"{self.first_name} {self.user.last_name}".strip()
        return name or self.user.get_username()

    @property
    def initials(self) -> str:
        parts = [self.first_name, self.user.last_name.split(" ")[-1]]
        return "".join(part[0] for part in parts if part).upper() or "?"

    @property
    def email(self) -> str:
        return self.user.email

    @property
    def organisation(self) -> Organisation | None:
        return self.org_unit.organisation if self.org_unit else None

    @cached_property
    def language_names(self) -> list[str]:
        names = dict(SPOKEN_LANGUAGES)
        return [str(names.get(code, code)) for code in self.languages]

    def get_edit_url(self):
        return reverse("people:profile_edit", args=[self.user.get_username()])


def reader_organisation_id(user) -> int | None:
    """Return the id of the organisation the signed-in user works for."""
    if not user.is_authenticated:
        return None
    unit = OrgUnit.objects.filter(people__user=user).values("organisation_id").first()
    return unit["organisation_id"] if unit else None

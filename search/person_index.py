"""How a person profile is indexed for search.

``Person`` (people/models.py) inherits this mixin; the values here are the
ones search reads, so people/ stays about profiles. Boosts make a name match
beat a job-title match, which beats a skill, which beats an org unit.
"""

from __future__ import annotations

from wagtail.search import index

NAME_BOOST = 10
JOB_TITLE_BOOST = 5
SKILL_BOOST = 3
UNIT_BOOST = 1.5


class PersonIndexMixin(index.Indexed):
    """Search fields and values of a person profile."""

    search_fields = [
        index.SearchField("search_names", boost=NAME_BOOST),
        index.AutocompleteField("search_names"),
        index.SearchField("job_title", boost=JOB_TITLE_BOOST),
        index.AutocompleteField("job_title"),
        index.SearchField("skill_names", boost=SKILL_BOOST),
        index.SearchField("unit_path", boost=UNIT_BOOST),
        index.SearchField("organisation_name"),
        index.SearchField("location"),
        index.SearchField("language_names"),
        # Exact keywords: a whole e-mail address or phone number finds its
        # owner, and nothing else does.
        index.FilterField("email_address"),
        index.FilterField("phone_numbers"),
        index.FilterField("is_active", type="BooleanField"),
        index.FilterField("organisation_id", type="IntegerField"),
        index.FilterField("org_unit", type="IntegerField"),
        index.FilterField("skill_slugs"),
    ]

    def __init_subclass__(cls, **kwargs):
        # Wagtail names an index column after the class that defines the
        # value; copied onto Person, the columns stay plain ("job_title",
        # "search_names") rather than prefixed with this mixin's name.
        super().__init_subclass__(**kwargs)
        for name, value in vars(PersonIndexMixin).items():
            if isinstance(value, property):
                setattr(cls, name, value)

    @classmethod
    def get_indexed_objects(cls):
        return cls.objects.select_related(
            "user", "org_unit__organisation"
        ).prefetch_related("skills")

    @property
    def search_names(self) -> str:
        names = [self.preferred_name, self.user.first_name, self.user.last_name]
        return " ".join(name for name in names if name)

    @property
    def skill_names(self) -> list[str]:
        return [tag.name for tag in self.skills.all()]

    @property
    def skill_slugs(self) -> list[str]:
        return [tag.slug for tag in self.skills.all()]

    @property
    def unit_path(self) -> str:
        if not self.org_unit_id:
            return ""
        return " / ".join(unit.name for unit in self.org_unit.ancestors_and_self())

    @property
    def organisation_id(self) -> int | None:
        return self.org_unit.organisation_id if self.org_unit_id else None

    @property
    def organisation_name(self) -> str:
        return self.org_unit.organisation.name if self.org_unit_id else ""

    @property
    def email_address(self) -> str:
        return self.user.email.lower()

    @property
    def phone_numbers(self) -> list[str]:
        numbers = [self.phone, self.mobile]
        return [str(number.as_e164) for number in numbers if number]

    @property
    def is_active(self) -> bool:
        return self.user.is_active

"""Factories for organisations, org units, users and their profiles."""

import factory
from django.contrib.auth import get_user_model
from wagtail_factories import ImageFactory

from people.models import Organisation, OrgUnit, Person


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Organisatie {n}")
    slug = factory.Sequence(lambda n: f"organisatie-{n}")
    short_name = factory.Sequence(lambda n: f"ORG{n}")


class OrgUnitFactory(factory.django.DjangoModelFactory):
    """Create a top-level unit, or a child when ``parent`` is given."""

    class Meta:
        model = OrgUnit

    name = factory.Sequence(lambda n: f"Dienst {n}")
    organisation = factory.SubFactory(OrganisationFactory)

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        if parent is not None:
            kwargs["organisation"] = parent.organisation
            return parent.add_child(instance=model_class(**kwargs))
        return model_class.add_root(instance=model_class(**kwargs))


class UserFactory(factory.django.DjangoModelFactory):
    """A staff account; its Person is created by the post_save signal."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"medewerker{n}")
    first_name = factory.Faker("first_name", locale="nl_BE")
    last_name = factory.Faker("last_name", locale="nl_BE")
    email = factory.LazyAttribute(lambda u: f"{u.username}@stad.example")
    password = factory.django.Password("secret-pass-123")


def person_for(user=None, **fields) -> Person:
    """Return the profile of ``user`` (a new user when None) with ``fields`` set."""
    user = user or UserFactory()
    person = user.person
    for name, value in fields.items():
        setattr(person, name, value)
    if fields:
        person.save()
    return person


__all__ = [
    "ImageFactory",
    "OrgUnitFactory",
    "OrganisationFactory",
    "UserFactory",
    "person_for",
]

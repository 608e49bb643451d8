"""Give existing organisations and units a locale (the default language)
and a translation key, before the fields become required (0007)."""

from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0005_organisations_and_units_translatable_1"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [
        BootstrapTranslatableModel("people.Organisation"),
        BootstrapTranslatableModel("people.OrgUnit"),
    ]

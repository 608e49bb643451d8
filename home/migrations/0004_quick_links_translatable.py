"""Quick links become translatable (TranslatableMixin): each link takes the
locale of its home page, and a link of a translated home page shares its
translation key with the Dutch link of the same address, which it was
copied from."""

import uuid
from collections import Counter

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def fill_locales_and_keys(apps, schema_editor):
    Link = apps.get_model("home", "HomeQuickLink")
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    links = list(Link.objects.order_by("home_id", "sort_order", "pk"))
    if not links:
        return
    homes = Page.objects.in_bulk({link.home_id for link in links})
    default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    # Links of the default language's home first, so that their copies on
    # the translated homes find the key to share.
    links.sort(key=lambda link: homes[link.home_id].locale_id != getattr(default, "pk", None))
    keys, seen = {}, Counter()
    for link in links:
        home = homes[link.home_id]
        seen[(home.pk, link.url)] += 1
        key = (home.translation_key, link.url, seen[(home.pk, link.url)])
        link.locale_id = home.locale_id
        link.translation_key = keys.setdefault(key, uuid.uuid4())
        link.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_create_portal"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [
        migrations.AddField(
            model_name="homequicklink",
            name="locale",
            field=models.ForeignKey(
                null=True,
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="homequicklink",
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.RunPython(fill_locales_and_keys, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="homequicklink",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="homequicklink",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name="homequicklink",
            unique_together={("translation_key", "locale")},
        ),
    ]

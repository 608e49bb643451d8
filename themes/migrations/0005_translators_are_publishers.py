"""Only those who may publish submit and sync translations.

wagtail-localize gives "Can submit translations" to Editors and Moderators,
and submitting or syncing a translation publishes it: an editor without the
right to publish would put pages live that way. Editors lose the permission;
Moderators, who publish, keep it.
"""

from django.db import migrations


def _editors_submit(apps, allowed: bool) -> None:
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    permission = Permission.objects.filter(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    ).first()
    if permission is None:
        return
    for group in Group.objects.filter(name="Editors"):
        if allowed:
            group.permissions.add(permission)
        else:
            group.permissions.remove(permission)


def editors_do_not_submit(apps, schema_editor):
    _editors_submit(apps, allowed=False)


def editors_submit_again(apps, schema_editor):
    _editors_submit(apps, allowed=True)


class Migration(migrations.Migration):
    dependencies = [
        ("themes", "0004_alter_newspage_target_organisations"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]

    operations = [migrations.RunPython(editors_do_not_submit, editors_submit_again)]

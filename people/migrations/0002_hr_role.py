"""Create the HR role: it may edit every person's profile."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

HR_GROUP = "HR"
HR_PERMISSIONS = ["view_person", "change_person"]


def create_hr_role(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure the
    # people app's exist so the role can be given them now.
    app_config = apps.get_app_config("people")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group, _ = Group.objects.get_or_create(name=HR_GROUP)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="people", codename__in=HR_PERMISSIONS
        )
    )


def remove_hr_role(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name=HR_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_hr_role, remove_hr_role)]

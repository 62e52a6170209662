from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

from editorial.roles import EDITOR, REVIEWER, WRITER, permissions_for


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations; the groups need them now.
    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role in (WRITER, REVIEWER, EDITOR):
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.set(permissions_for(role, Permission))


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("articles", "0004_editorial_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("sitewide", "0002_shared_settings"),
        ("references", "0001_initial"),
        ("authors", "0002_author_user"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]

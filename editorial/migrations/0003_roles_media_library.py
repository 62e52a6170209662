from django.db import migrations

from editorial.roles import create_roles


def roles(apps, schema_editor):
    create_roles(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


class Migration(migrations.Migration):
    """Editors manage the media library; writers and reviewers may use it."""

    dependencies = [("editorial", "0002_roles"), ("images", "0001_initial")]

    operations = [migrations.RunPython(roles, migrations.RunPython.noop)]

from django.db import migrations

from editorial.roles import create_roles


def roles(apps, schema_editor):
    create_roles(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


class Migration(migrations.Migration):
    """The role groups gain the evidence trail's permissions (once run by evidence's 0002)."""

    dependencies = [
        ("editorial", "0004_notification_preference"),
        ("evidence", "0002_glossary_and_roles"),
    ]

    operations = [migrations.RunPython(roles, migrations.RunPython.noop)]

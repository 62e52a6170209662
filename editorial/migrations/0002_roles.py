from django.db import migrations

from editorial.roles import create_roles


def roles(apps, schema_editor):
    create_roles(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


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
        ("comments", "0001_initial"),
        ("newsletter", "0001_initial"),
        ("feedback", "0001_initial"),
    ]

    operations = [migrations.RunPython(roles, migrations.RunPython.noop)]

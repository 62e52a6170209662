"""NotificationPreference moves here from the old ``newsroom`` app, keeping everyone's choices.

The model is added to the migration state as usual; the table is then either taken over from
``newsroom`` (a database that ran the old app's migration: renamed, rows and all, with its
content type and so its permissions) or created (a fresh database). The old app's rows in
``django_migrations`` are left behind, harmless: no app by that name is installed any more.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

OLD_TABLE = "newsroom_notificationpreference"


def adopt_or_create(apps, schema_editor):
    model = apps.get_model("editorial", "NotificationPreference")
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
    if OLD_TABLE in tables:
        schema_editor.alter_db_table(model, OLD_TABLE, model._meta.db_table)
        content_types = apps.get_model("contenttypes", "ContentType").objects.using(
            connection.alias
        )
        taken = content_types.filter(app_label="editorial", model="notificationpreference")
        if not taken.exists():  # else post_migrate created it already: the old one is stale
            content_types.filter(app_label="newsroom", model="notificationpreference").update(
                app_label="editorial"
            )
    else:
        schema_editor.create_model(model)


def drop(apps, schema_editor):
    schema_editor.delete_model(apps.get_model("editorial", "NotificationPreference"))


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0003_roles_media_library"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="NotificationPreference",
                    fields=[
                        (
                            "user",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                primary_key=True,
                                related_name="notification_preference",
                                serialize=False,
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "submitted",
                            models.BooleanField(
                                default=True,
                                help_text="Sent to medical reviewers.",
                                verbose_name="an article is submitted for medical review",
                            ),
                        ),
                        (
                            "sent_back",
                            models.BooleanField(
                                default=True,
                                help_text="Sent to the article's writers, with the reviewer's note.",
                                verbose_name="my article is sent back",
                            ),
                        ),
                        (
                            "approved",
                            models.BooleanField(
                                default=True,
                                help_text="Sent to the article's writers.",
                                verbose_name="my article is approved",
                            ),
                        ),
                        (
                            "ready_to_publish",
                            models.BooleanField(
                                default=True,
                                help_text="Sent to editors.",
                                verbose_name="an article is approved and ready to publish",
                            ),
                        ),
                        (
                            "published",
                            models.BooleanField(
                                default=True,
                                help_text="Sent to the article's writers.",
                                verbose_name="my article is published or scheduled",
                            ),
                        ),
                        (
                            "error_reported",
                            models.BooleanField(
                                default=True,
                                help_text="Sent to the article's writers.",
                                verbose_name="a reader reports an error in my article",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "my notifications",
                        "verbose_name_plural": "my notifications",
                    },
                ),
            ]
        ),
        migrations.RunPython(adopt_or_create, drop),
    ]

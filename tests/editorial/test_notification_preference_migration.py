"""Moving NotificationPreference from the old ``newsroom`` app keeps everyone's choices."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from editorial.models import NotificationPreference

BEFORE = ("editorial", "0003_roles_media_library")
MOVE = ("editorial", "0004_notification_preference")


def migrate(target):
    MigrationExecutor(connection).migrate([target])


def table_names():
    with connection.cursor() as cursor:
        return connection.introspection.table_names(cursor)


@pytest.fixture
def at_0003(transactional_db):
    """The database before the move; migrated forward again afterwards, whatever happens."""
    migrate(BEFORE)
    assert "editorial_notificationpreference" not in table_names()
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    if "newsroom_notificationpreference" in table_names():  # left by a failed move
        with connection.cursor() as cursor:
            cursor.execute("DROP TABLE newsroom_notificationpreference")
    ContentType.objects.clear_cache()


@pytest.fixture
def old_database(at_0003):
    """A database as the old app left it: its table, its content type, a permission.

    The table is built from the migration state (the old one had the same columns under
    another name), since the ``newsroom`` app and its migration are gone from the code.
    """
    state = MigrationExecutor(connection).loader.project_state(MOVE)
    model = state.apps.get_model("editorial", "NotificationPreference")
    with connection.schema_editor() as editor:
        editor.create_model(model)
        editor.alter_db_table(
            model, "editorial_notificationpreference", "newsroom_notificationpreference"
        )
    ContentType.objects.filter(app_label="editorial", model="notificationpreference").delete()
    ContentType.objects.clear_cache()
    old_type = ContentType.objects.create(app_label="newsroom", model="notificationpreference")
    return Permission.objects.create(
        content_type=old_type, codename="view_notificationpreference", name="Can view"
    )


def test_an_existing_table_is_taken_over_with_its_rows_and_permissions(
    old_database, django_user_model
):
    permission = old_database
    writer = django_user_model.objects.create_user("writer")
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO newsroom_notificationpreference (user_id, submitted, sent_back, approved,"
            " ready_to_publish, published, error_reported) VALUES (%s, %s, %s, %s, %s, %s, %s)",
            [writer.pk, True, False, True, True, True, False],
        )
    group = Group.objects.create(name="Reads preferences")
    group.permissions.add(permission)

    migrate(MOVE)

    assert "newsroom_notificationpreference" not in table_names()
    kept = NotificationPreference.objects.get(user=writer)
    assert (kept.sent_back, kept.error_reported, kept.submitted) == (False, False, True)
    ContentType.objects.clear_cache()
    moved = group.permissions.get()
    assert (moved.content_type.app_label, moved.codename) == (
        "editorial",
        "view_notificationpreference",
    )


def test_a_fresh_database_gets_the_table(at_0003, django_user_model):
    """Without the old table (a new site), the migration creates it."""
    migrate(MOVE)
    writer = django_user_model.objects.create_user("writer")
    NotificationPreference.objects.create(user=writer, published=False)
    assert NotificationPreference.objects.get(user=writer).published is False

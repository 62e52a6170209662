"""The database's own full-text index over SearchDocument: FTS5 on SQLite, GIN on PostgreSQL.

Each statement list runs only on its own database, so this migration is a no-op elsewhere.
On SQLite the FTS5 table reads its text from search_searchdocument (external content) and
triggers keep it in step with every insert, update and delete of that table, including
cascades from deleted articles. A future AlterField on SearchDocument makes SQLite rebuild the
table, which drops the triggers: recreate them (and run `rebuild_search_index`) if that happens.
"""

from django.db import migrations

COLUMNS = "title, standfirst, body, faq, tags"
NEW = "new.article_id, new.title, new.standfirst, new.body, new.faq, new.tags"
OLD = "'delete', old.article_id, old.title, old.standfirst, old.body, old.faq, old.tags"

SQLITE_FORWARD = [
    f"""CREATE VIRTUAL TABLE search_fts USING fts5(
        {COLUMNS},
        content='search_searchdocument',
        content_rowid='article_id',
        tokenize='porter unicode61 remove_diacritics 2'
    )""",
    f"""CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchdocument BEGIN
        INSERT INTO search_fts(rowid, {COLUMNS}) VALUES ({NEW});
    END""",
    f"""CREATE TRIGGER search_fts_delete AFTER DELETE ON search_searchdocument BEGIN
        INSERT INTO search_fts(search_fts, rowid, {COLUMNS}) VALUES ({OLD});
    END""",
    f"""CREATE TRIGGER search_fts_update AFTER UPDATE ON search_searchdocument BEGIN
        INSERT INTO search_fts(search_fts, rowid, {COLUMNS}) VALUES ({OLD});
        INSERT INTO search_fts(rowid, {COLUMNS}) VALUES ({NEW});
    END""",
    # Rows written before this migration (none on a new install).
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_fts_update",
    "DROP TRIGGER IF EXISTS search_fts_delete",
    "DROP TRIGGER IF EXISTS search_fts_insert",
    "DROP TABLE IF EXISTS search_fts",
]

POSTGRESQL_FORWARD = [
    "CREATE INDEX search_document_vector_gin ON search_searchdocument USING gin (vector)",
]
POSTGRESQL_BACKWARD = ["DROP INDEX IF EXISTS search_document_vector_gin"]


def run_for_vendor(statements):
    def run(apps, schema_editor):
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            run_for_vendor({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRESQL_FORWARD}),
            run_for_vendor({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRESQL_BACKWARD}),
        ),
    ]

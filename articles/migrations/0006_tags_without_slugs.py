import hashlib

from django.db import migrations


def mend_empty_slugs(apps, schema_editor):
    """Tags saved with an empty slug before articles.tags existed get the same fallback."""
    Tag = apps.get_model("taggit", "Tag")
    for tag in Tag.objects.filter(slug=""):
        tag.slug = "tag-" + hashlib.sha256(tag.name.encode()).hexdigest()[:10]
        tag.save(update_fields=["slug"])


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0005_article_is_featured"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(mend_empty_slugs, migrations.RunPython.noop)]

"""A file that is not a WordPress export gets one clear error, and nothing is changed."""

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article
from authors.models import Author
from tests.wordpress.conftest import HEALTH_SITE
from wordpress.models import ImportedItem

pytestmark = pytest.mark.django_db

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss><channel><wp:wxr_version xmlns:wp="http://wordpress.org/export/1.2/">1.2</wp:wxr_version>
<item><title>&lol9;</title></item></channel></rss>"""


def xxe(secret_path):
    return f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file://{secret_path}">]>
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>
<item><title>&secret;</title><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type>
<wp:status>publish</wp:status></item></channel></rss>""".encode()


def attempt(tmp_path, data):
    path = tmp_path / "export.xml"
    path.write_bytes(data)
    Author.objects.create(name="Already here", slug="already-here")
    with pytest.raises(CommandError) as raised:
        call_command("import_wordpress", str(path), verbosity=0)
    assert "Nothing was imported" in str(raised.value)
    assert list(Author.objects.values_list("name", flat=True)) == ["Already here"]
    assert Article.objects.count() == 0 and ImportedItem.objects.count() == 0
    return str(raised.value)


def test_a_file_that_is_not_xml(tmp_path):
    assert "not a complete XML file" in attempt(tmp_path, b"%PDF-1.4 binary junk")


def test_a_truncated_export(tmp_path):
    data = HEALTH_SITE.read_bytes()
    message = attempt(tmp_path, data[: len(data) // 2])
    assert "cut short" in message


def test_an_export_that_is_not_utf8(tmp_path):
    data = HEALTH_SITE.read_bytes().replace(b"Interferon", "Interf\xe9ron".encode("latin-1"))
    assert "not UTF-8" in attempt(tmp_path, data)


def test_rss_that_is_not_a_wordpress_export(tmp_path):
    data = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title></channel></rss>'
    assert "not a WordPress export" in attempt(tmp_path, data)


def test_entity_expansion_is_refused(tmp_path):
    assert "refused for safety" in attempt(tmp_path, BILLION_LAUGHS)


def test_external_entities_are_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    message = attempt(tmp_path, xxe(secret))
    assert "refused for safety" in message and "TOP-SECRET" not in message


def test_missing_file_and_media_folder(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_wordpress", str(tmp_path / "none.xml"), verbosity=0)
    with pytest.raises(CommandError, match="No such folder"):
        call_command(
            "import_wordpress", str(HEALTH_SITE), "--media-dir", str(tmp_path / "no"), verbosity=0
        )

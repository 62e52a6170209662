from pathlib import Path

import pytest
from django.core.management import call_command
from PIL import Image

FIXTURES = Path(__file__).parent / "fixtures"
HEALTH_SITE = FIXTURES / "health-site.xml"
THEME_UNIT_TEST = FIXTURES / "themeunittestdata.wordpress.xml"
BLOCK_TEST = FIXTURES / "64-block-test-data.xml"


@pytest.fixture
def media_dir(tmp_path):
    """A copy of wp-content/uploads holding the health site's one image."""
    folder = tmp_path / "uploads"
    (folder / "2024" / "02").mkdir(parents=True)
    Image.new("RGB", (800, 533), (200, 180, 160)).save(folder / "2024" / "02" / "cream.jpg")
    return folder


@pytest.fixture
def import_wordpress(tmp_path):
    """Run the command as an operator would; returns the report's text."""

    def run(path=HEALTH_SITE, *options):
        report = tmp_path / "report.txt"
        call_command("import_wordpress", str(path), "--report", str(report), *options, verbosity=0)
        return report.read_text(encoding="utf-8")

    return run

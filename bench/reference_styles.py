"""How often our citation styles read exactly as the CSL oracle prints them, per fixture.

    HEALTH_LIBRARY_LOCAL=1 .venv/bin/python bench/reference_styles.py

For every export in tests/references/fixtures/ (one per database and format), prints per style
the number of references, the share identical to citeproc-py's rendering with the official CSL
style before any deviation is accepted (“raw”), and after the deviations listed with their
reasons in tests/references/oracle.py (“accepted”). test_oracle.py asserts ≥ 95 % accepted.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STYLES = ["vancouver", "apa", "ama"]


def main():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "health_library.settings")
    import django

    django.setup()
    from tests.references.oracle import DEVIATIONS, compare, fixture_sources

    header = f"{'fixture':<14} {'format':<10} {'n':>3}"
    for style in STYLES:
        header += f" {style + ' raw':>15} {'accepted':>9}"
    print(header)
    totals = {style: [0, 0, 0] for style in STYLES}
    for name, (format_key, sources) in fixture_sources().items():
        row = f"{name:<14} {format_key:<10} {len(sources):>3}"
        for style in STYLES:
            results = [compare(source, style) for source in sources]
            raw = sum(1 for result in results if result[2])
            accepted = sum(1 for result in results if result[3])
            totals[style][0] += len(results)
            totals[style][1] += raw
            totals[style][2] += accepted
            row += f" {raw / len(results):>15.0%} {accepted / len(results):>9.0%}"
        print(row)
    row = f"{'all':<14} {'':<10} {totals[STYLES[0]][0]:>3}"
    for style in STYLES:
        count, raw, accepted = totals[style]
        row += f" {raw / count:>15.0%} {accepted / count:>9.0%}"
    print(row)
    print(
        f"{len(DEVIATIONS)} accepted deviations, each with its reason in tests/references/oracle.py"
    )


if __name__ == "__main__":
    main()

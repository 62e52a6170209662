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
    # (n, identical before deviations, identical after) per format and style, and in all
    totals = {}
    for name, (format_key, sources) in fixture_sources().items():
        row = f"{name:<14} {format_key:<10} {len(sources):>3}"
        for style in STYLES:
            results = [compare(source, style) for source in sources]
            counts = (len(results), sum(r[2] for r in results), sum(r[3] for r in results))
            for key in (format_key, "all"):
                total = totals.setdefault(key, {}).setdefault(style, [0, 0, 0])
                for index, count in enumerate(counts):
                    total[index] += count
            row += f" {counts[1] / counts[0]:>15.0%} {counts[2] / counts[0]:>9.0%}"
        print(row)
    print()
    for key, styles in totals.items():
        row = f"{'all formats' if key == 'all' else 'format':<14} {key:<10}"
        row += f" {styles[STYLES[0]][0]:>3}"
        for style in STYLES:
            count, raw, accepted = styles[style]
            row += f" {raw / count:>15.0%} {accepted / count:>9.0%}"
        print(row)
    print(
        f"{len(DEVIATIONS)} accepted deviations, each with its reason in tests/references/oracle.py"
    )


if __name__ == "__main__":
    main()

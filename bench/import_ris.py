"""How fast the reference import reads and saves a 2,000-entry RIS file.

    HEALTH_LIBRARY_LOCAL=1 .venv/bin/python bench/import_ris.py [--entries 2000]

Generates an export like Zotero's (abstracts, keywords, six authors, DOIs; a mix of articles,
chapters, books and web pages), then prints entries per second for parsing alone and for parsing
plus saving into a throwaway SQLite database (never the developer's db.sqlite3).
"""

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = (
    "atopic dermatitis eczema interferon gamma barrier filaggrin emollient topical steroid "
    "children adults randomised trial cohort systematic review pruritus sleep quality itch "
    "biologic dupilumab tralokinumab flare prevention microbiome staphylococcus aureus"
).split()
SURNAMES = "Brar Leung Czarnowicki Gonzalez Østergaard Núñez Smith Müller Nakamura Okafor".split()
GIVEN = "Kanwaljit Donald Tali Juana Åse José Anna Jürgen Hiroshi Chidi".split()


def record(n, rng):
    def words(count):
        return " ".join(rng.choice(WORDS) for _ in range(count))

    kind = rng.choices(["JOUR", "CHAP", "BOOK", "ELEC"], weights=[80, 10, 5, 5])[0]
    lines = [f"TY  - {kind}", f"TI  - {words(12).capitalize()} ({n})"]
    lines += [f"AU  - {rng.choice(SURNAMES)}, {rng.choice(GIVEN)}" for _ in range(6)]
    lines += [f"PY  - {rng.randint(1990, 2025)}", f"AB  - {words(150).capitalize()}."]
    lines += [f"KW  - {rng.choice(WORDS)}" for _ in range(4)]
    if kind == "JOUR":
        lines += [
            "T2  - Journal of Investigative Dermatology",
            "J2  - J Invest Dermatol",
            f"VL  - {rng.randint(1, 200)}",
            f"IS  - {rng.randint(1, 12)}",
            f"SP  - {rng.randint(1, 900)}",
            f"EP  - {rng.randint(901, 999)}",
            f"DO  - 10.1016/j.jid.{n:05d}",
            f"N1  - PMID: {30000000 + n}",
        ]
    elif kind == "CHAP":
        lines += ["T2  - Fitzpatrick's Dermatology", "A2  - Kang, Sewon", "PB  - McGraw-Hill"]
    elif kind == "BOOK":
        lines += ["PB  - BAD Press", "CY  - London", "ET  - 2nd"]
    else:
        lines += ["T2  - NICE", f"UR  - https://www.nice.org.uk/guidance/{n}", "Y2  - 2024/02/27/"]
    return "\n".join([*lines, "ER  - ", ""])


def generate(count):
    rng = random.Random(2016)
    return "\n".join(record(n, rng) for n in range(count))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5, help="parse runs; the median is printed")
    args = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="bench-references-")
    # Set before Django reads its settings: the benchmark must not write to db.sqlite3.
    os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    os.environ["DJANGO_SETTINGS_MODULE"] = "health_library.settings"
    os.environ.setdefault("HEALTH_LIBRARY_LOCAL", "1")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    from references.importers import parse_references
    from references.imports import import_references
    from references.models import Source

    try:
        call_command("migrate", verbosity=0)
        text = generate(args.entries)
        print(f"RIS file: {args.entries:,} entries, {len(text.encode()) / 1024 / 1024:.1f} MB")

        timings = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            result = parse_references(text)
            timings.append(time.perf_counter() - start)
        assert len(result.valid) == args.entries, result.failed[:3]
        parse = statistics.median(timings)
        print(f"parse:           {args.entries / parse:8,.0f} entries/s  ({parse:.2f} s)")

        start = time.perf_counter()
        outcomes = import_references(entries=parse_references(text).entries)
        both = time.perf_counter() - start
        assert Source.objects.count() == len(outcomes) == args.entries
        print(f"parse + import:  {args.entries / both:8,.0f} entries/s  ({both:.2f} s, new)")

        start = time.perf_counter()
        outcomes = import_references(entries=parse_references(text).entries)
        again = time.perf_counter() - start
        assert not any(outcome.is_new for outcome in outcomes)
        print(f"again (all dup): {args.entries / again:8,.0f} entries/s  ({again:.2f} s)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

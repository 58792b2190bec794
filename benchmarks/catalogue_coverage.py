"""Coverage of the equipment catalogue against real-world spellings (Oryx loss lists).

Loads sitreps/aid/data/equipment.tsv and the Oryx per-system totals in
../shared/data/equipment/oryx_totals_by_system.csv, keeps one side's rows (default: Ukraine,
i.e. what Ukraine lost), and reports how many distinct system spellings map to a catalogue entry.

    python benchmarks/catalogue_coverage.py [--side Ukraine|Russia] [--top 30] [--mapped]

Matching: a spelling and an alias are compared after normalisation (case folded, Cyrillic
look-alike letters folded to Latin, hyphens/spaces/punctuation removed, a trailing plural "s"
dropped from each word). A spelling maps if it equals an alias, or if an alias is a whole-word
prefix of it ("T-72B3 obr. 2016" -> T-72B3); the longest alias wins. Oryx writes each entry with
its running count in front ("94 M113"), so leading bare numbers are dropped before counting
spellings; a spelling's losses are the sum of `total` over its rows.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from sitreps.aid.catalogue import load_catalogue as package_catalogue
from sitreps.aid.catalogue import name_words

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CATALOGUE = ROOT / "sitreps" / "aid" / "data" / "equipment.tsv"
ORYX = Path("data") / "equipment" / "oryx_totals_by_system.csv"

_LEADING_COUNT = re.compile(r"^(?:\d+\s+)+")


def load_catalogue(path: Path) -> tuple[dict[str, str], dict[str, str], list[str]]:
    """(alias key -> entry id, entry id -> class, clashes: keys claimed by two entries)."""
    by_key: dict[str, str] = {}
    classes: dict[str, str] = {}
    clashes: list[str] = []
    catalogue = package_catalogue()
    for system in catalogue.systems.values():
        classes[system.id] = system.item_class
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    for line in lines[1:]:
        id_, name, _cls, _origin, aliases = line.split("\t")
        for alias in [name, *aliases.split("|")]:
            key = "".join(name_words(alias))
            if key and by_key.setdefault(key, id_) != id_:
                clashes.append(f"{alias!r}: {by_key[key]} / {id_}")
    return by_key, classes, clashes


def match(spelling: str, by_key: dict[str, str]) -> str | None:
    """The entry whose longest alias equals the spelling or is a whole-word prefix of it."""
    system = package_catalogue().lookup(spelling)
    return system.id if system else None


def read_losses(path: Path, side: str) -> tuple[Counter[str], int]:
    """Losses per spelling (leading running count removed), and the number of raw spellings."""
    losses: Counter[str] = Counter()
    raw: set[str] = set()
    with path.open(encoding="utf-8") as f:
        reader = csv.DictReader(f)
        for field in ("country", "system", "total"):
            if field not in (reader.fieldnames or []):
                sys.exit(f"{path}: no '{field}' column (columns: {reader.fieldnames})")
        for row in reader:
            if row["country"] != side:
                continue
            raw.add(row["system"])
            spelling = _LEADING_COUNT.sub("", row["system"].strip())
            if spelling and spelling != "NA":
                losses[spelling] += int(row["total"] or 0)
    return losses, len(raw)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--side", default="Ukraine", help="whose rows to read (Ukraine = Ukraine's losses)")
    parser.add_argument("--top", type=int, default=30, help="unmapped spellings to list")
    parser.add_argument("--min-losses", type=int, default=10, help="threshold for the 'frequent' share")
    parser.add_argument("--mapped", action="store_true", help="also list every mapped spelling and its entry")
    args = parser.parse_args()

    if not SHARED.is_dir():
        sys.exit(f"this benchmark needs ../shared beside the project ({SHARED} is missing)")
    oryx = SHARED / ORYX
    if not oryx.is_file():
        sys.exit(f"this benchmark needs {oryx}, which is missing")

    by_key, classes, clashes = load_catalogue(CATALOGUE)
    per_class = Counter(classes.values())
    print(f"catalogue: {len(classes)} systems, {len(by_key)} distinct alias keys")
    print("  by class: " + ", ".join(f"{c} {n}" for c, n in per_class.most_common()))
    if clashes:
        print(f"  WARNING: {len(clashes)} aliases claimed by two entries: " + "; ".join(clashes[:10]))

    losses, raw_spellings = read_losses(oryx, args.side)
    if not losses:
        sys.exit(f"no rows with country == {args.side!r} in {oryx}")
    mapped = {s: match(s, by_key) for s in losses}
    hit = [s for s, e in mapped.items() if e]
    frequent = [s for s in losses if losses[s] >= args.min_losses]
    frequent_hit = [s for s in frequent if mapped[s]]
    named = [s for s in losses if not s.lower().startswith(("unknown", "(unknown)", "uknown"))]
    named_hit = [s for s in named if mapped[s]]
    total_losses = sum(losses.values())
    hit_losses = sum(losses[s] for s in hit)

    print(f"\nOryx, side {args.side}: {len(losses)} distinct system spellings, {total_losses} losses "
          f"({raw_spellings} raw names before the leading running count is removed)")
    print(f"  mapped to a catalogue entry:         {len(hit)}/{len(losses)} = {len(hit) / len(losses):.1%}")
    print(f"  spellings with >= {args.min_losses} losses mapped: "
          f"{len(frequent_hit)}/{len(frequent)} = {len(frequent_hit) / len(frequent):.1%}")
    print(f"  losses covered (weighted by count):  {hit_losses}/{total_losses} = {hit_losses / total_losses:.1%}")
    print(f"  excluding 'Unknown ...' spellings:   {len(named_hit)}/{len(named)} = {len(named_hit) / len(named):.1%}")

    unmapped = sorted((s for s in losses if not mapped[s]), key=lambda s: (-losses[s], s))
    print(f"\n{min(args.top, len(unmapped))} most frequent unmapped spellings (losses, spelling):")
    for s in unmapped[: args.top]:
        print(f"  {losses[s]:5d}  {s}")

    if args.mapped:
        by_entry: defaultdict[str, list[str]] = defaultdict(list)
        for s in hit:
            by_entry[mapped[s]].append(s)
        print("\nmapped spellings by entry:")
        for entry in sorted(by_entry):
            print(f"  {entry}: " + " | ".join(sorted(by_entry[entry], key=lambda s: -losses[s])))


if __name__ == "__main__":
    main()

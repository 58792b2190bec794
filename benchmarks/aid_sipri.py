"""Agreement of the aid ledger (all ISW reports) with SIPRI's arms-transfers register for Ukraine.

For every SIPRI row ordered or delivered in 2022 whose supplier and system we can read (supplier ->
ISO2 through the gazetteer's countries, designation -> catalogue entry), is there a ledger line for
that donor and system, and does the ledger record a delivery where SIPRI records one?

    python benchmarks/aid_sipri.py
"""

from __future__ import annotations

import csv
from datetime import date

from _common import gazetteer, need_shared

from sitreps.aid.catalogue import load_catalogue
from sitreps.aid.ledger import build_ledger
from sitreps.model import Document
from sitreps.pipeline import extract_records


def main() -> None:
    shared = need_shared()
    gaz = gazetteer()
    catalogue = load_catalogue()
    records = []
    for path in sorted((shared / "corpus" / "isw").glob("*.txt")):
        doc = Document(text=path.read_text(encoding="utf-8"), id=path.name)
        records += [r for r in extract_records(doc, gaz, report_date=date.fromisoformat(path.name[:10]))
                    if r.category == "aid"]
    ledger = {(line.donor, line.item): line for line in build_ledger(records) if line.recipient == "UA"}
    print(f"ledger: {len(records)} aid records over 278 reports -> {len(ledger)} donor x item lines")

    rows = list(csv.DictReader((shared / "data" / "aid" / "sipri_transfers_to_ukraine.csv").open(encoding="utf-8")))
    pairs: dict[tuple[str, str], bool] = {}
    unreadable = 0
    for row in rows:
        years = f"{row['Year of order']} {row['Year(s) of delivery']}"
        if "2022" not in years:
            continue
        donor = _iso2(gaz, row["Supplier"])
        system = catalogue.lookup(row["Weapon designation"]) or catalogue.lookup(row["Weapon description"])
        if donor is None or system is None:
            unreadable += 1
            continue
        delivered = "2022" in row["Year(s) of delivery"]
        pairs[(donor, system.name)] = pairs.get((donor, system.name), False) or delivered
    found = [pair for pair in pairs if pair in ledger]
    delivered_pairs = [pair for pair, d in pairs.items() if d]
    delivered_seen = [p for p in delivered_pairs if p in ledger and ledger[p].quantities.get("delivered") is not None]
    print(f"SIPRI rows of 2022: {len(pairs)} readable donor x system pairs ({unreadable} rows unreadable)")
    print(f"  in the ledger at all:             {len(found)}/{len(pairs)} = {len(found) / max(1, len(pairs)):.1%}")
    print(f"  SIPRI deliveries the ledger shows as delivered: {len(delivered_seen)}/{len(delivered_pairs)}"
          f" = {len(delivered_seen) / max(1, len(delivered_pairs)):.1%}")
    print("  examples found:", ", ".join(f"{d} {s}" for d, s in found[:15]))


def _iso2(gaz, supplier: str) -> str | None:  # type: ignore[no-untyped-def]
    for place, _ in gaz.places_named(supplier.strip()):
        if place.kind == "country":
            return place.country
    return None


if __name__ == "__main__":
    main()

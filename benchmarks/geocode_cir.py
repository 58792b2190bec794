"""Geocoding benchmark on the CIR / Eyes on Russia events of 2022 (human-geolocated points).

Query: "town/city, province" (and "town/city" alone); truth: lat, lon. Rows without a town are
left out and counted.

    python benchmarks/geocode_cir.py
"""

from __future__ import annotations

import csv
import statistics
import time
from collections import Counter

from _common import gazetteer, need_shared

from sitreps.geo.geocode import Geocoder
from sitreps.geo.geometry import haversine_km


def main() -> None:
    path = need_shared() / "data" / "geo" / "cir_eyes_on_russia_events_2022.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    usable = [r for r in rows if r["town/city"].strip() and r["lat"] and r["lon"]]
    print(f"rows: {len(rows)}, with a town and a point: {len(usable)}")
    geocoder = Geocoder(gazetteer())
    for with_province in (True, False):
        errors: list[float] = []
        by_precision: Counter[str] = Counter()
        started = time.perf_counter()
        for r in usable:
            query = r["town/city"].strip()
            if with_province and r["province"].strip():
                query += ", " + r["province"].strip()
            best = geocoder.geocode(query, limit=1)
            if not best:
                errors.append(float("inf"))
                by_precision["none"] += 1
                continue
            place = best[0].place
            km = haversine_km(float(r["lat"]), float(r["lon"]), place.lat, place.lon)
            errors.append(km)
            by_precision[place.precision if km <= 10 else f"{place.precision} >10km"] += 1
        seconds = time.perf_counter() - started
        within = sum(e <= 10 for e in errors) / len(errors)
        label = "town, province" if with_province else "town only"
        print(f"{label}: within 10 km {within:.1%}, median {statistics.median(errors):.2f} km, "
              f"no answer {by_precision['none']}, {len(errors) / seconds:.0f} queries/s")
        print("  by precision of the answer:", dict(by_precision.most_common()))


if __name__ == "__main__":
    main()

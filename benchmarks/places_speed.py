"""Speed and memory of place finding + resolution over the whole ISW corpus, one core.

    python benchmarks/places_speed.py
"""

from __future__ import annotations

import resource
import time

from _common import need_shared

from sitreps.config import load_settings
from sitreps.geo.gazetteer import Gazetteer, open_gazetteer
from sitreps.geo.resolve import find_places


def main() -> None:
    corpus = need_shared() / "corpus" / "isw"
    open_gazetteer(load_settings()).close()  # built before timing
    started = time.perf_counter()
    gaz = Gazetteer(load_settings().gazetteer_path)
    open_seconds = time.perf_counter() - started
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    find_places(texts[0], gaz)  # warm the place cache the way a long run would
    started = time.perf_counter()
    mentions = sum(len(find_places(t, gaz)) for t in texts)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"gazetteer open: {open_seconds:.2f} s")
    print(f"{len(texts)} reports, {words:,} words, {mentions:,} mentions in {seconds:.2f} s: "
          f"{words / seconds:,.0f} words/s")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()

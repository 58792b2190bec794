"""Read report text safely: empty, binary, non-UTF-8 and oversized inputs are refused with
coded errors instead of tracebacks or garbage."""

from __future__ import annotations

import sys
from pathlib import Path

from sitreps import errors

_BINARY_SNIFF = 8192


def decode_text(data: bytes, *, where: str, max_bytes: int) -> str:
    """Decode UTF-8 report bytes, refusing input no report could be."""
    if len(data) > max_bytes:
        raise errors.input_too_large(where, len(data), max_bytes)
    if b"\x00" in data[:_BINARY_SNIFF]:
        raise errors.binary_input(where)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise errors.encoding_error(where, err) from err
    if not text.strip():
        raise errors.empty_input(where)
    return text


def read_text(source: str | Path, *, max_bytes: int) -> str:
    """Read a file path, or ``-`` for standard input."""
    if str(source) == "-":
        return decode_text(sys.stdin.buffer.read(max_bytes + 1), where="standard input", max_bytes=max_bytes)
    path = Path(source)
    if not path.is_file():
        raise errors.missing_input(str(path))
    size = path.stat().st_size
    if size > max_bytes:
        raise errors.input_too_large(str(path), size, max_bytes)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise errors.missing_input(f"{path} ({err.strerror})") from err
    return decode_text(data, where=str(path), max_bytes=max_bytes)

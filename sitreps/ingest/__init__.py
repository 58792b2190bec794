"""Readers: bytes from files and streams become checked, decoded report text."""

from sitreps.ingest.text import decode_text, read_text

__all__ = ["decode_text", "read_text"]

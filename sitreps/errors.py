"""Every error sitreps raises, with a code and a message that says what to do next.

The library raises these and never prints; the CLI maps them to exit codes and messages.
"""

from __future__ import annotations


class SitrepsError(Exception):
    """Base class: ``code`` is stable (E1xx input, E2xx gazetteer, E3xx settings)."""

    code = "E000"
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class InputError(SitrepsError):
    """The input cannot be read as a report (empty, binary, not UTF-8, too large, missing)."""

    code = "E100"
    exit_code = 2


class EmptyInput(InputError):
    code = "E101"


class BinaryInput(InputError):
    code = "E102"


class EncodingError(InputError):
    code = "E103"


class InputTooLarge(InputError):
    code = "E104"


class MissingInput(InputError):
    code = "E105"


class MalformedInput(InputError):
    code = "E106"


class GazetteerError(SitrepsError):
    """The gazetteer cannot be built, opened or extended."""

    code = "E200"


class GazetteerMissing(GazetteerError):
    code = "E201"


class GazetteerOutdated(GazetteerError):
    code = "E202"


class GeonamesImportError(GazetteerError):
    code = "E203"


class SettingsError(SitrepsError):
    code = "E300"
    exit_code = 2


def empty_input(where: str) -> EmptyInput:
    return EmptyInput(f"{where} is empty: give a file or stream that contains report text.")


def binary_input(where: str) -> BinaryInput:
    return BinaryInput(
        f"{where} looks binary (it contains NUL bytes): sitreps reads plain text, Markdown or HTML; "
        "convert PDFs or office files to text first."
    )


def encoding_error(where: str, err: UnicodeDecodeError) -> EncodingError:
    return EncodingError(
        f"{where} is not valid UTF-8 (byte {err.start}: {err.reason}); "
        "re-encode it, e.g. `iconv -f cp1251 -t utf-8`."
    )


def input_too_large(where: str, size: int, limit: int) -> InputTooLarge:
    return InputTooLarge(
        f"{where} has {size:,} bytes, more than the limit of {limit:,}; split it into reports "
        "or raise SITREPS_MAX_INPUT_BYTES."
    )


def missing_input(where: str) -> MissingInput:
    return MissingInput(f"{where} does not exist or is not readable.")

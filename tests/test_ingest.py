from pathlib import Path

import pytest

from sitreps import errors
from sitreps.ingest import decode_text, read_text


def test_ingest_reads_utf8_and_strips_bom(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes("\ufeffRussian forces attacked Bakhmut.".encode())
    assert read_text(path, max_bytes=1000) == "Russian forces attacked Bakhmut."


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", errors.EmptyInput),
        (b"   \n\t ", errors.EmptyInput),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", errors.BinaryInput),
        ("Київ".encode("cp1251"), errors.EncodingError),
        (b"x" * 2000, errors.InputTooLarge),
    ],
)
def test_ingest_refuses_bad_input_with_coded_errors(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error) as caught:
        decode_text(data, where="input", max_bytes=1000)
    assert str(caught.value).startswith("[E1")


def test_ingest_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(errors.MissingInput, match="does not exist"):
        read_text(tmp_path / "absent.txt", max_bytes=1000)

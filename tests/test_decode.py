"""Encodings and unreadable files: the same article, however it was saved, reads the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from workshop.cli import main
from workshop.errors import ReadError
from workshop.readers import read_article


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_other_encodings_read_like_utf8(seed_path: Path, tmp_path: Path, encoding: str) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(seed_path.read_text(encoding="utf-8").encode(encoding))
    assert read_article(copy).to_dict() == read_article(seed_path).to_dict()


def test_nonbreaking_spaces_and_decomposed_letters_are_normalised(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(
        "Titel\n\nHoe cre\u0065\u0308er je\u00a0dat nou? Zo doe je dat.\n", encoding="utf-8"
    )
    article = read_article(source)
    assert article.intro[0].text == "Hoe creëer je dat nou? Zo doe je dat."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"  \n\n \n", "the file is empty"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00" * 50, "binary"),
        (b"Neem contact met ons op!\n+31 492386063\n", "page clutter"),
    ],
)
def test_unreadable_files_give_one_line_error(tmp_path: Path, content: bytes, message: str) -> None:
    source = tmp_path / "bad.txt"
    source.write_bytes(content)
    with pytest.raises(ReadError, match=message):
        read_article(source)
    result = CliRunner().invoke(main, ["inspect", str(source)])
    assert result.exit_code != 0
    assert str(source) in result.output and message in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_missing_file_is_named(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["inspect", str(tmp_path / "gone.txt")])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {tmp_path / 'gone.txt'}: no such file"


def test_a_stray_byte_in_utf8_keeps_the_rest_as_written(seed_path: Path, tmp_path: Path) -> None:
    data = seed_path.read_bytes()
    middle = data.index(b"\n\n", len(data) // 2)
    copy = tmp_path / "kapot.txt"
    copy.write_bytes(data[:middle] + b" \xff\x00" + data[middle:])
    article = read_article(copy).to_dict()
    assert article["title"] == "Vertrouwen"
    assert "creëer" in " ".join(b["text"] for b in article["intro"])


def test_windows_1252_with_a_single_accent(tmp_path: Path) -> None:
    source = tmp_path / "een.txt"
    source.write_bytes(
        "Titel\n\nEen zin over een café, verder alleen gewone letters hier.\n".encode("cp1252")
    )
    assert read_article(source).intro[0].text.endswith("café, verder alleen gewone letters hier.")

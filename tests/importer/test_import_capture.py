"""Reading capture files: encodings, paragraphs, and files that cannot be read."""

from __future__ import annotations

from pathlib import Path

from archivist.errors import Problem
from archivist.importer.capture import Capture, decode, markdown_blocks, read_capture, text_blocks


def test_utf8_with_a_byte_order_mark() -> None:
    assert decode("\ufeffQamişlo".encode()) == ("Qamişlo", "utf-8")


def test_a_legacy_encoding_is_detected() -> None:
    text = "Güvenlik güçleri Kamışlı kentinde operasyon düzenledi, üç kişi gözaltına alındı. " * 3
    decoded = decode(text.encode("cp1254"))
    assert decoded is not None
    assert decoded[0] == text


def test_binary_data_is_not_text() -> None:
    assert decode(b"ELF\x00\x01\x02\x00\x00") is None


def test_a_text_capture_has_one_paragraph_per_line() -> None:
    assert text_blocks("Title\r\n\r\nFirst. \nSecond\n\u00a0\n") == ("Title", "First. ", "Second")


def test_a_markdown_capture_keeps_its_paragraphs_together() -> None:
    assert markdown_blocks("# T\n\nOne\ntwo\n\n\nThree\n") == ("# T", "One\ntwo", "Three")


def test_an_unreadable_file_is_one_problem(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary\x00")
    problem = read_capture(tmp_path / "bad.txt")
    assert isinstance(problem, Problem)
    assert "cannot be decoded" in str(problem)
    missing = read_capture(tmp_path / "missing.txt")
    assert isinstance(missing, Problem)
    assert "cannot be read" in str(missing)


def test_an_html_capture_is_read_as_a_page(tmp_path: Path) -> None:
    (tmp_path / "p.htm").write_text("<h1>Head line</h1><p>Text.</p>", encoding="utf-8")
    capture = read_capture(tmp_path / "p.htm")
    assert isinstance(capture, Capture)
    # the headline is the title; trafilatura's main text is the report under it
    assert (capture.kind, capture.blocks, capture.meta.title) == ("html", ("Text.",), "Head line")


def test_an_html_page_is_decoded_with_the_charset_it_declares(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1256"></head><body><h1>هجوم في الرقة</h1>'
    (tmp_path / "p.html").write_bytes(page.encode("cp1256"))
    capture = read_capture(tmp_path / "p.html")
    assert isinstance(capture, Capture)
    assert (capture.encoding, capture.blocks) == ("windows-1256", ("هجوم في الرقة",))


def test_a_markdown_capture_with_front_matter_gives_its_title_and_date(tmp_path: Path) -> None:
    text = '---\ntitle: "A title"\ndate: 2023-10-12\n---\n\nBody one.\n\nBody two.\n'
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    capture = read_capture(tmp_path / "a.md")
    assert isinstance(capture, Capture)
    assert capture.blocks == ("Body one.", "Body two.")
    assert (capture.meta.title, capture.meta.published) == ("A title", "2023-10-12")


def test_an_empty_capture_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text(" \n\n", encoding="utf-8")
    problem = read_capture(tmp_path / "empty.txt")
    assert isinstance(problem, Problem)
    assert "has no text" in str(problem)


def test_a_hard_wrapped_text_keeps_its_paragraphs_together() -> None:
    wrapped = (
        "Headline of the wire copy\n\n"
        "Security forces said on Wednesday that they\ndetained three members of an ISIS\n"
        "cell in Qamishlo.\n\n"
        "The cell had planned attacks in Hesekê\nand in the countryside, a statement\n"
        "said on Thursday.\n"
    )
    assert text_blocks(wrapped) == (
        "Headline of the wire copy",
        "Security forces said on Wednesday that they\ndetained three members of an ISIS\n"
        "cell in Qamishlo.",
        "The cell had planned attacks in Hesekê\nand in the countryside, a statement\n"
        "said on Thursday.",
    )

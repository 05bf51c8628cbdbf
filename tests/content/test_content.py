from pathlib import Path

import pytest

from archivist.content.articles import load_archive, read_article
from archivist.content.dates import PartialDate
from archivist.content.model import Article
from archivist.errors import ContentError, Problem


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def article(folder: Path, front: str, name: str = "a.md") -> Article:
    result = read_article(write(folder, name, f"---\n{front}---\n\nBody.\n"))
    assert isinstance(result, Article), result
    return result


def problems(folder: Path, front: str, name: str = "a.md") -> list[Problem]:
    result = read_article(write(folder, name, f"---\n{front}---\n\nBody.\n"))
    assert isinstance(result, list), result
    return result


def test_a_complete_article(tmp_path: Path) -> None:
    read = article(
        tmp_path,
        'title: "Attack on a prison"\nslug: prison-attack\ndate: 2022-01\nlanguage: ar\n'
        "source: Example Wire\nsource_url: https://example.org/x\ntags: [isis, prisons]\n"
        "places: [Hesekê, الحسكة]\nauthors: A. Reporter\nsummary: One line.\n",
    )
    assert read.title == "Attack on a prison"
    assert read.slug == "prison-attack"
    assert read.date == PartialDate(2022, 1)
    assert read.language == "ar" and read.direction == "rtl"
    assert read.tags == ("isis", "prisons")
    assert read.places == ("Hesekê", "الحسكة")
    assert read.authors == ("A. Reporter",)
    assert read.body == "\nBody.\n"


def test_the_slug_defaults_to_the_file_name_not_the_title(tmp_path: Path) -> None:
    read = article(tmp_path, "title: A title that may be corrected later\n", "Raqqa Report.md")
    assert read.slug == "raqqa-report"


def test_undated_articles_have_no_date_and_default_language(tmp_path: Path) -> None:
    read = article(tmp_path, "title: x\n")
    assert read.date is None
    assert read.language == "en"


def test_any_other_key_survives(tmp_path: Path) -> None:
    read = article(tmp_path, "title: x\noriginal_source: Baladi News\nimported_from: 004.txt\n")
    assert dict(read.extra) == {"original_source": "Baladi News", "imported_from": "004.txt"}


def test_names_are_nfc_normalised_and_deduplicated(tmp_path: Path) -> None:
    decomposed = "Hese\u0302ke\u0302"
    read = article(tmp_path, f"title: x\ntags: [{decomposed}, Hesêkê, Hesêkê]\n")
    assert read.tags == ("Hesêkê",)


@pytest.mark.parametrize(
    ("front", "line", "message"),
    [
        ("date: 2024-05-09\n", 1, "has no title"),
        ('title: ""\n', 2, "has no title"),
        ("title: x\ndate: 9 May 2024\n", 3, "'date' is not valid"),
        ("title: x\ndate: 2019-13\n", 3, "has no month 13"),
        ("title: x\nlanguage: Arabic\n", 3, "not a language code"),
        ("title: x\nsource_url: example.org\n", 3, "not a web address"),
        ("title: x\nslug: Not A Slug\n", 3, "not usable in a URL"),
        ("title: [a, b]\n", 2, "'title' must be text"),
        ("title: x\ntags: {a: b}\n", 3, "must be a list"),
        ("title: x\nsave_as: ../evil.html\n", 3, "would steer the site generator"),
    ],
)
def test_each_problem_names_the_line_and_the_fix(
    tmp_path: Path, front: str, line: int, message: str
) -> None:
    (found,) = problems(tmp_path, front)
    assert found.line == line
    assert message in found.message
    assert found.fix


def test_every_problem_of_a_file_is_reported_at_once(tmp_path: Path) -> None:
    found = problems(tmp_path, "date: 2024-13-01\nlanguage: '??'\n")
    assert [p.line for p in found] == [1, 2, 3]


def test_undecodable_bytes_are_one_clear_problem(tmp_path: Path) -> None:
    path = tmp_path / "latin1.md"
    path.write_bytes("---\ntitle: Hesek\xea\n---\n".encode("latin-1"))
    (found,) = read_article(path)  # type: ignore[misc]
    assert "not UTF-8" in found.message


def test_two_articles_claiming_one_slug_stop_the_archive(tmp_path: Path) -> None:
    write(tmp_path, "one.md", "---\ntitle: One\nslug: same\n---\n")
    write(tmp_path, "two.md", "---\ntitle: Two\nslug: same\n---\n")
    with pytest.raises(ContentError) as raised:
        load_archive(tmp_path)
    lines = raised.value.lines()
    assert len(lines) == 2
    assert "one.md:3: slug 'same' is also claimed by" in lines[0]
    assert lines[0].endswith("give one of them a different 'slug:'")


def test_the_archive_is_ordered_newest_first_then_partial_then_undated(tmp_path: Path) -> None:
    for name, date in [
        ("a", "2019"),
        ("b", "2019-10-05"),
        ("c", ""),
        ("d", "2019-10"),
        ("e", "2020"),
    ]:
        write(
            tmp_path,
            f"{name}.md",
            f"---\ntitle: {name}\n" + (f"date: {date}\n" if date else "") + "---\n",
        )
    assert [a.slug for a in load_archive(tmp_path).articles] == ["e", "b", "d", "a", "c"]


def test_hidden_files_and_folders_are_not_articles(tmp_path: Path) -> None:
    (tmp_path / ".drafts").mkdir()
    write(tmp_path / ".drafts", "x.md", "not an article")
    write(tmp_path, ".swap.md", "not an article")
    write(tmp_path, "real.md", "---\ntitle: Real\n---\n")
    assert [a.slug for a in load_archive(tmp_path).articles] == ["real"]

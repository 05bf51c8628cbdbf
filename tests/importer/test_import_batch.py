"""A batch: folders expanded, every capture accounted for, nothing ever overwritten."""

from __future__ import annotations

from pathlib import Path

from archivist.importer.batch import FAILED, WRITTEN, Target, _write, collect, import_captures
from archivist.importer.capture import Capture, read_capture
from archivist.importer.draft import make_draft
from archivist.importer.duplicates import Ledger
from conftest import ROOT

SEED = ROOT / "captures" / "000_4ea09b17fbde3e47.txt"


def test_folders_are_searched_for_captures_and_missing_paths_fail(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.HTML").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    files, failed = collect([tmp_path, tmp_path / "a.txt", tmp_path / "missing"])
    assert files == [tmp_path / "a.txt", tmp_path / "sub" / "b.HTML"]
    assert [(o.path.name, o.status) for o in failed] == [("missing", FAILED)]


def test_a_file_that_appears_between_choosing_and_writing_moves_to_the_next_slug(
    tmp_path: Path,
) -> None:
    capture = read_capture(SEED)
    assert isinstance(capture, Capture)
    draft = make_draft(capture, None)
    taken = tmp_path / f"{draft.slug_base}.md"
    taken.write_text("someone else's", encoding="utf-8")
    written = _write(draft, tmp_path, draft.slug_base, Ledger())
    assert written == tmp_path / f"{draft.slug_base}-2.md"
    assert taken.read_text(encoding="utf-8") == "someone else's"


def test_two_captures_with_one_title_get_two_slugs(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(text + "\nOne more paragraph.\n", encoding="utf-8")
    outcomes = import_captures([tmp_path / "in"], Target(tmp_path / "content", None))
    assert [o.status for o in outcomes] == [WRITTEN, WRITTEN]
    assert [o.target.name for o in outcomes if o.target] == [
        "operations-against-isis-cells-reactivated-amid-turkish-invasion.md",
        "operations-against-isis-cells-reactivated-amid-turkish-invasion-2.md",
    ]
    assert outcomes[1].notes[0].startswith("possible duplicate of")


def test_a_label_two_pages_of_one_site_repeat_is_that_sites_frame(tmp_path: Path) -> None:
    label = "Weekly news from Raqqa and Hasakah"
    for name, words in (
        ("a.txt", "Raqqa checkpoint attacked"),
        ("b.txt", "Hasakah patrol ambushed"),
    ):
        report = f"{words} overnight, a local council said on Monday."
        more = "The council gave no figures for the dead or the wounded on either side."
        text = f"{words}\n{report}\n{label}\n{more}"  # inside the report: not found by place
        (tmp_path / name).write_text(text, encoding="utf-8")
    site = "https://www.example-news.org/"
    urls = {tmp_path / "a.txt": site + "a", tmp_path / "b.txt": site + "b"}
    job = Target(tmp_path / "content", None, dry_run=True, source_urls=urls)
    drafts = [o.draft for o in import_captures([tmp_path], job)]
    assert all(d and label not in d.body and len(d.body) == 2 for d in drafts)
    (alone,) = import_captures([tmp_path / "a.txt"], Target(tmp_path / "content", None, True))
    assert alone.draft and label in alone.draft.body  # one page of a site: not known as frame


def test_each_page_of_a_site_keeps_its_headline_when_the_other_links_to_it(
    tmp_path: Path,
) -> None:
    titles = {
        "a.txt": "ISIS cell attacks checkpoint near Hajin",
        "b.txt": "SDF arrests cell in Raqqa",
    }
    para = "{} the SDF said on {}, in a statement that gave the names of the dead and the wounded."
    for name, other, day in (("a.txt", "b.txt", "Monday"), ("b.txt", "a.txt", "Friday")):
        text = "\n".join(
            (titles[name], para.format("One:", day), titles[other], para.format("Two:", day))
        )
        (tmp_path / name).write_text(text, encoding="utf-8")  # the other's link inside
    urls = {tmp_path / name: f"https://www.example-news.org/{name}" for name in titles}
    job = Target(tmp_path / "content", None, dry_run=True, source_urls=urls)
    drafts = {o.path.name: o.draft for o in import_captures([tmp_path], job)}
    for name, draft in drafts.items():
        assert draft and draft.title == titles[name]
        assert not set(titles.values()) & set(draft.body)  # the other's link is gone

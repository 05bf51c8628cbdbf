"""The README and the docs link to each other by file and heading; a link that
points at a missing file or heading is a broken promise to a reader."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUIDES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"\]\(([^)\s]+)\)")


def github_anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces
    as hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchors(guide: Path) -> set[str]:
    text = re.sub(r"```.*?```", "", guide.read_text(encoding="utf-8"), flags=re.S)
    return {github_anchor(h) for h in re.findall(r"^#+ (.+)$", text, flags=re.M)}


def local_links(guide: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", guide.read_text(encoding="utf-8"), flags=re.S)
    return [link for link in LINK.findall(text) if not re.match(r"[a-z]+:", link)]


def test_a_heading_gets_the_anchor_github_gives_it() -> None:
    assert github_anchor("The `archivist` commands") == "the-archivist-commands"
    assert github_anchor("The site's pages") == "the-sites-pages"


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_link_in_the_guides_reaches_its_file_and_heading(guide: Path) -> None:
    broken = []
    for link in local_links(guide):
        path, _, anchor = link.partition("#")
        target = (guide.parent / path).resolve() if path else guide
        if not target.exists() or (
            anchor and target.suffix == ".md" and anchor not in anchors(target)
        ):
            broken.append(link)
    assert broken == []

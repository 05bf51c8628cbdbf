"""Articles' places resolve through the gazetteer; unknown names warn with suggestions."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from archivist.build.site import build
from archivist.config import ArchiveConfig
from archivist.content.articles import load_archive
from archivist.errors import ContentError
from archivist.pages.related import related_scores
from archivist.places.gazetteer import load_gazetteer
from archivist.places.placenames import (
    check_content,
    known_places,
    place_names,
    resolve_places,
    unknown_places,
)
from archivist.search.files import file_name
from archivist.search.shards import expand
from conftest import FIXTURE_SITE, ROOT, SETTINGS

GAZETTEER = load_gazetteer(ROOT / "gazetteer.yaml")

#: Every seed report's places, as the gazetteer ids they must resolve to.
SEED_PLACES = {
    "has-isis-returned-to-rural-aleppo": [
        "aleppo", "kafr-ghan", "azaz", "al-qusayr", "homs", "al-numan", "raqqa", "al-bab",
        "maskanah", "manbij",
    ],
    "isis-activity-and-movements-in-the-occupied-territories": [
        "iraq", "syria", "turkey", "diyala-governorate", "anbar-desert", "haditha", "al-qaim",
        "al-hol-camp", "raqqa", "deir-ez-zor", "iran", "afrin", "ras-al-ain", "tell-abyad",
        "aleppo", "north-east-syria", "hamrat",
    ],
    "isis-still-pose-threat-four-years-after-defeat-sdf-warns": [
        "syria", "iraq", "turkey", "baghuz", "deir-ez-zor", "north-east-syria", "sinaa-prison",
        "hasakah",
    ],
    "operations-against-isis-cells-reactivated-amid-turkish-invasion": [
        "rojava", "north-east-syria", "qamishli", "hasakah", "jarablus", "manbij",
    ],
    "sdf-launches-revenge-for-raqqa-martyrs-operation": [
        "raqqa", "north-east-syria", "tabqa", "karamah", "sarrin", "syrian-desert", "turkey",
        "tell-abyad", "euphrates-region", "suluk", "sinaa-prison",
    ],
}  # fmt: skip


def test_every_seed_place_resolves_to_its_gazetteer_entry() -> None:
    archive = load_archive(ROOT / "content")
    assert {a.slug for a in archive.articles} == set(SEED_PLACES)
    for article in archive.articles:
        resolved = [p.id for p in known_places(place_names(article, GAZETTEER))]
        # each name resolves; two spellings of one place (تل أبيض, كري سبي) count once
        assert resolved == list(dict.fromkeys(SEED_PLACES[article.slug])), article.slug
        assert all(GAZETTEER.resolve(name) for name in article.places), article.slug


def test_the_fixture_site_names_places_in_three_scripts() -> None:
    archive = load_archive(FIXTURE_SITE)
    ids = {
        a.slug: [p.id for p in known_places(place_names(a, GAZETTEER))] for a in archive.articles
    }
    assert ids == {
        "halab-undated": ["aleppo"],
        "haseke-prison-attack": ["hasakah", "sinaa-prison"],
        "raqqa-attack-arabic": ["raqqa"],
        "year-only": ["ras-al-ain"],
    }


def write_article(folder: Path, places: str) -> Path:
    path = folder / "a.md"
    path.write_text(f"---\ntitle: A\nslug: a\nplaces: [{places}]\n---\n\nBody.\n", "utf-8")
    return path


def test_an_unknown_place_is_a_warning_with_the_nearest_names(tmp_path: Path) -> None:
    path = write_article(tmp_path, "Qamishlo, Qamishloo, Xyzzyq")
    articles = load_archive(tmp_path).articles
    places = resolve_places(articles, GAZETTEER)
    warnings = [str(w) for w in unknown_places(articles, places, GAZETTEER)]
    assert len(warnings) == 2
    assert warnings[0] == (
        f"{path}:4: place 'Qamishloo' is not in the gazetteer; did you mean 'Qamishlo'? "
        "add it to gazetteer.yaml"
    )
    assert warnings[1] == (
        f"{path}:4: place 'Xyzzyq' is not in the gazetteer; add it to gazetteer.yaml"
    )


def test_the_gazetteer_and_the_articles_are_checked_together(tmp_path: Path) -> None:
    (tmp_path / "gazetteer.yaml").write_text("a:\n  name: A\n  kind: ville\n", "utf-8")
    content = tmp_path / "content"
    content.mkdir()
    (content / "broken.md").write_text("no front-matter\n", "utf-8")
    config = ArchiveConfig()
    with pytest.raises(ContentError) as raised:
        check_content(config, content, tmp_path)
    assert [line.split(": ", 1)[0] for line in raised.value.lines()] == [
        f"{content / 'broken.md'}:1",
        f"{tmp_path / 'gazetteer.yaml'}:3",
    ]


def test_warnings_come_with_the_errors(tmp_path: Path) -> None:
    (tmp_path / "gazetteer.yaml").write_text("", "utf-8")
    content = tmp_path / "content"
    content.mkdir()
    (content / "broken.md").write_text("no front-matter\n", "utf-8")
    (content / "good.md").write_text("---\ntitle: T\nplaces: [Atlantis]\n---\n", "utf-8")
    with pytest.raises(ContentError) as raised:
        check_content(ArchiveConfig(), content, tmp_path)
    assert [str(p.path.name) for p in raised.value.problems] == ["broken.md"]
    assert [str(w) for w in raised.value.warnings] == [
        f"{content / 'good.md'}:3: place 'Atlantis' is not in the gazetteer; "
        "add it to gazetteer.yaml"
    ]


def test_a_configured_gazetteer_path_is_read_from_the_settings_folder(tmp_path: Path) -> None:
    config = ArchiveConfig.from_settings({"ARCHIVE": {"gazetteer": "data/places.yaml"}})
    assert config.gazetteer_path(tmp_path) == tmp_path / "data" / "places.yaml"
    assert config.gazetteer_path(Path("/elsewhere")) == Path("/elsewhere/data/places.yaml")


def search_file(site: Path, name: str) -> Any:
    text = (site / "search" / name).read_text(encoding="utf-8")
    return json.loads(text[text.index('"]=') + 3 : text.rindex(";")])


def json_ld(page: str) -> Any:
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.DOTALL)
    assert found is not None
    return json.loads(found.group(1))


def test_a_name_the_gazetteer_does_not_know_is_text_everywhere_and_warned_once(
    tmp_path: Path,
) -> None:
    content = tmp_path / "content"
    content.mkdir()
    body = "Fighters crossed the river near the camp at dawn.\n"
    for slug, places in (("camp", "Raqqa, Xyzzy Camp"), ("river", "xyzzy camp")):
        front = f"---\ntitle: {slug}\nslug: {slug}\nplaces: [{places}]\n---\n"
        (content / f"{slug}.md").write_text(front + body, encoding="utf-8")
    site = tmp_path / "output"
    report = build(SETTINGS, site, content)
    # resolved once, after the check: one warning where each article names it
    assert [(w.path.name, w.message) for w in report.warnings] == [
        ("camp.md", "place 'Xyzzy Camp' is not in the gazetteer"),
        ("river.md", "place 'xyzzy camp' is not in the gazetteer"),
    ]
    # templates: shown as written, not linked
    camp = (site / "articles/camp/index.html").read_text(encoding="utf-8")
    assert '<a href="../../places/raqqa/">Raqqa</a></span>' in camp
    assert '<span class="chip" lang="en" dir="auto">Xyzzy Camp</span>' in camp
    # place pages: none of its own, on no index
    assert {p.name for p in (site / "places").iterdir() if p.is_dir()} == {p.id for p in GAZETTEER}
    assert "yzzy" not in (site / "places/index.html").read_text(encoding="utf-8")
    assert "camp/" in (site / "places/raqqa/index.html").read_text(encoding="utf-8")
    # search: listed as written and its words searched, but no place to filter by
    docs = [search_file(site, f"docs-{n}.js")[0] for n in (0, 1)]
    assert [d["places"] for d in docs] == [["Raqqa", "Xyzzy Camp"], ["xyzzy camp"]]
    manifest = search_file(site, "manifest.js")
    first = file_name("shard-", manifest["shards"][0])
    shard = expand(search_file(site, f"{first}.js"), manifest["fields"], manifest["pipeline"])
    [(_, postings)] = [t for t in shard["invertedIndex"] if t[0] == "xyzzi"]
    assert set(postings["places"]) == {"0", "1"}
    assert search_file(site, "facets.js")["values"]["place"] == [["raqqa", "Raqqa"]]
    # citations: no place
    assert [p["name"] for p in json_ld(camp)["contentLocation"]] == ["Raqqa"]
    river = (site / "articles/river/index.html").read_text(encoding="utf-8")
    assert "contentLocation" not in json_ld(river)
    # related reports: no bonus for the shared name (the build's own resolution)
    checked = check_content(ArchiveConfig(), content, ROOT)
    bonuses = related_scores(checked.archive.articles, checked.places).vectors.columns
    assert [key for key in bonuses if not key.startswith("w:")] == ["place:raqqa"]

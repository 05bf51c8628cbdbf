"""One query language: the search page's engine (lunr.js under node, on the built search
files) and ``archivist search`` give the same reports in the same order, on the blind
set's development queries and on every kind of query the language has."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from nodejs import ROOT, node

BLIND = ROOT / "bench" / "blind" / "search"
SYNTAX = [
    "raqqa~1",
    "arrest*",
    '"sleeper cell"',
    # Phrases: words adjacent and in order (the page checks them on the reports' texts).
    '"prison attack"',
    '"isis attack"',
    '"women and children"',
    '"soldiers killed"',
    '"قوات سوريا"',
    'title:"two iraqi"',
    'isis -"sleeper cell"',
    "isis -raqqa",
    "title:kirkuk",
    "tag:prisons",
    "source:rudaw",
    "language:ar raqqa",
    "place:hasakah prison",
    "Hudhaifah prisons",
    "isis",
    # A place named only in the text, in another spelling ("ERBIL —" datelines).
    "Irbil",
    "Hewlêr Kirkuk",
    "place:Irbil",
    # Two places, few reports naming both: those about either follow, in both engines.
    "Erbil Baghdad",
    "women and children al-Hol",
    # An Arabic loanword in both spellings (الديموقراطية in one report).
    '"قوات سوريا الديمقراطية"',
    "الديموقراطية",
    # Typos: a word of 5 letters or more one letter off (9 or more: two), after the exact.
    "ميليشيا",
    "Kirkok attack",
    "soliders killed",
    "Diyala attak",
    "Iraq repatriaton~2",
    "detainess~2",
    # Typos read as the nearest words only, also where a misspelt ending keeps the term whole.
    "detainess",
    "repatriaton",
    "coalision",
    # An Arabic verbal noun (arrest) and its verb's forms.
    "اعتقال",
]
#: The reports whose front-matter names Erbil, and those naming it in their text only.
ERBIL_ABOUT = [
    "two-iraqi-soldiers-killed-in-kirkuk",
    "suspected-isis-attack-kills-two-soldiers-in-kirkuk",
]
ERBIL_TEXT = [
    "isis-kills-sdf-member-near-daranj",
    "asayish-arrest-seven-isis-suspects-in-raqqa-camp",
    "islamic-state-boasts-of-prison-attack",
    "iraq-repatriated-14500-from-al-hol",
    "sdf-arrests-three-isis-suspects-in-raqqa",
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("blind")
    shutil.copytree(BLIND / "content", work / "content")
    subprocess.run(
        [ROOT / ".venv/bin/archivist", "build", "-c", work / "content", "-o", work / "output"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return work


def page(queries: list[str], built: Path) -> list[list[str]]:
    return [answer["slugs"] for answer in answers(queries, built)]


def answers(queries: list[str], built: Path) -> list[dict]:
    done = subprocess.run(
        [node(), BLIND / "browser_search.js", built / "output" / "search"],
        input=json.dumps(queries),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return list(json.loads(done.stdout))


def terminal(query: str, built: Path) -> list[str]:
    return [result["slug"] for result in terminal_results(query, built)]


def terminal_results(query: str, built: Path) -> list[dict]:
    command = [ROOT / ".venv/bin/archivist", "search", "--json", "--limit", "100"]
    done = subprocess.run(
        [*command, "-c", built / "content", "--", query],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return list(json.loads(done.stdout)["results"])


def test_the_page_and_the_terminal_give_the_same_reports_in_the_same_order(
    built: Path,
) -> None:
    dev = json.loads((BLIND / "queries.json").read_text(encoding="utf-8"))["dev"]
    queries = [item["q"] for item in dev] + SYNTAX
    answers = page(queries, built)
    assert sum(map(bool, answers)) == len(queries)  # every query finds something
    for query, from_page in zip(queries, answers, strict=True):
        assert terminal(query, built) == from_page, query


def test_a_place_finds_the_reports_naming_it_in_their_text_after_those_about_it(
    built: Path,
) -> None:
    # Irbil is a name of Erbil; five reports name it only in an "ERBIL —" dateline.
    [from_page] = page(["Irbil"], built)
    assert from_page == ERBIL_ABOUT + ERBIL_TEXT
    assert terminal("Irbil", built) == from_page
    # place: keeps to the reports' places.
    assert page(["place:Irbil"], built) == [ERBIL_ABOUT]


def test_an_arabic_loanword_is_found_in_either_spelling(built: Path) -> None:
    both = set(page(["الديمقراطية"], built)[0])
    assert "sdf-and-coalition-dismantle-isis-cell-in-raqqa" in both  # spells it الديموقراطية
    assert set(page(["الديموقراطية"], built)[0]) == both


def test_a_place_no_report_is_about_is_found_where_a_text_names_it(built: Path) -> None:
    # No report's places hold Qamişlo; one names a fighter "Mazlûm Qamişlo" in its text.
    assert page(["Qamishli"], built) == [["sdf-fighter-injured-in-deir-ez-zor-attack-dies"]]
    assert terminal("Qamishli", built) == ["sdf-fighter-injured-in-deir-ez-zor-attack-dies"]
    # A name of several words is not looked for word by word: "Syrian Kurdistan" is Rojava,
    # and many reports have both words apart (here a source, Kurdistan 24).
    assert "asayish-arrest-seven-isis-suspects-in-raqqa-camp" not in page(["Rojava"], built)[0]


def test_a_word_one_letter_off_finds_the_report_as_a_near_spelling_in_both(built: Path) -> None:
    # The one report on the militia writes ميليشا; the query ميليشيا has one letter more.
    [answer] = answers(["ميليشيا"], built)
    assert answer["slugs"] == ["isis-claims-attack-on-sdf-positions-deir-ez-zor"]
    assert (answer["primary"], answer["near"]) == (0, 1)
    [result] = terminal_results("ميليشيا", built)
    assert (result["slug"], result["near"], result["any_word"]) == (answer["slugs"][0], True, False)


def test_a_typo_beside_a_place_keeps_the_place_and_the_exact_matches_first(built: Path) -> None:
    # "Kirkok" is no name of Kirkuk: a near spelling of a word in the reports' text.
    [answer] = answers(["Kirkok attack"], built)
    assert answer["primary"] == 0 and answer["near"] > 0
    near = [r for r in terminal_results("Kirkok attack", built) if r["near"]]
    assert [r["slug"] for r in near] == answer["slugs"][: answer["near"]]
    # A report with every word as typed: no near spelling is looked for.
    [exact] = answers(["attack"], built)
    assert exact["near"] == 0 and exact["primary"] == len(exact["slugs"])


def test_a_word_found_as_typed_gets_no_near_spellings_added(built: Path) -> None:
    # Two reports write "explosives"; two more "exploded", one letter off its stem (explos).
    [answer] = answers(["explosives"], built)
    assert (answer["primary"], answer["near"]) == (2, 0)
    assert [r["near"] for r in terminal_results("explosives", built)] == [False, False]

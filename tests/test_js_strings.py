"""The scripts' words come from the theme's catalogs: every message a script passes to
``t()`` (or refuses a query with) is in the block the templates write on the pages that
run it (``_js_strings.html`` on the search page, ``_cite_meta.html`` on article pages),
and so in every catalog, translated in Arabic."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "theme" / "static" / "js"
TEMPLATES = ROOT / "theme" / "templates"
#: Each script whose words a page's block holds, and the template that writes the block.
BLOCKS = {"cite.js": TEMPLATES / "_cite_meta.html"}
SEARCH_BLOCK = TEMPLATES / "_js_strings.html"
CATALOGS = ROOT / "theme" / "translations"
_STRING = r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\''
#: t("message", ...) or refuse("message", ...), a message of one or two joined literals.
_CALL = re.compile(rf"\b(?:t|refuse)\(\s*({_STRING})(?:\s*\+\s*({_STRING}))?")


def _literal(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text[1:-1])


def script_messages(scripts: list[Path] | None = None) -> set[str]:
    found = set()
    for script in SCRIPTS.glob("*.js") if scripts is None else scripts:
        for match in _CALL.finditer(script.read_text(encoding="utf-8")):
            found.add(_literal(match[1]) + (_literal(match[2]) if match[2] else ""))
    found.discard("key")  # strings.js's own definition
    return found


def block_messages(block: Path) -> set[str]:
    text = block.read_text(encoding="utf-8")
    return {_literal(m) for m in re.findall(rf"_\(({_STRING})\)", text)}


def test_the_scripts_have_messages_to_translate() -> None:
    assert {"No report matches.", "Copied", "Search the words only"} <= script_messages()


def test_every_message_of_a_script_is_in_the_block_of_the_page_that_runs_it() -> None:
    for script, block in BLOCKS.items():
        assert script_messages([SCRIPTS / script]) - block_messages(block) == set(), script
    searching = [p for p in SCRIPTS.glob("*.js") if p.name not in BLOCKS]
    assert script_messages(searching) - block_messages(SEARCH_BLOCK) == set()


def test_every_message_of_the_scripts_is_in_each_catalog_and_translated_in_arabic() -> None:
    wanted = script_messages()
    for language in ("en", "ar", "ku", "tr"):
        path = CATALOGS / language / "LC_MESSAGES" / "messages.po"
        with path.open("rb") as stream:
            catalog = {m.id: m.string for m in read_po(stream) if m.id}
        assert wanted <= set(catalog), language
        if language == "ar":
            assert [m for m in wanted if not catalog[m]] == []

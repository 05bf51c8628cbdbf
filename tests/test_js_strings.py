"""The scripts' words come from the theme's catalogs: every message a script passes to
``t()`` (or refuses a query with) is in the block the templates write
(``theme/templates/_js_strings.html``), and so in every catalog, translated in Arabic."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "theme" / "static" / "js"
BLOCK = ROOT / "theme" / "templates" / "_js_strings.html"
CATALOGS = ROOT / "theme" / "translations"
_STRING = r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\''
#: t("message", ...) or refuse("message", ...), a message of one or two joined literals.
_CALL = re.compile(rf"\b(?:t|refuse)\(\s*({_STRING})(?:\s*\+\s*({_STRING}))?")


def _literal(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text[1:-1])


def script_messages() -> set[str]:
    found = set()
    for script in SCRIPTS.glob("*.js"):
        for match in _CALL.finditer(script.read_text(encoding="utf-8")):
            found.add(_literal(match[1]) + (_literal(match[2]) if match[2] else ""))
    found.discard("key")  # strings.js's own definition
    return found


def block_messages() -> set[str]:
    text = BLOCK.read_text(encoding="utf-8")
    return {_literal(m) for m in re.findall(rf"_\(({_STRING})\)", text)}


def test_the_scripts_have_messages_to_translate() -> None:
    assert {"No report matches.", "Copied", "Search the words only"} <= script_messages()


def test_every_message_of_the_scripts_is_in_the_templates_block() -> None:
    assert script_messages() - block_messages() == set()


def test_every_message_of_the_scripts_is_in_each_catalog_and_translated_in_arabic() -> None:
    wanted = script_messages()
    for language in ("en", "ar", "ku", "tr"):
        path = CATALOGS / language / "LC_MESSAGES" / "messages.po"
        with path.open("rb") as stream:
            catalog = {m.id: m.string for m in read_po(stream) if m.id}
        assert wanted <= set(catalog), language
        if language == "ar":
            assert [m for m in wanted if not catalog[m]] == []

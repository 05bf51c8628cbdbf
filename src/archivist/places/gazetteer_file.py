"""Read ``gazetteer.yaml`` strictly into places, reporting every problem at once.

The file is a mapping from a place's id to its entry::

    hasakah:                       # the id: lower-case ASCII words and hyphens
      name: Hesekê                 # the display name (required)
      kind: city                   # one of archivist.places.gazetteer.KINDS (required)
      parent: hasakah-governorate  # the id of the enclosing place
      lat: 36.5024                 # decimal degrees, north positive
      lon: 40.7477                 # decimal degrees, east positive
      names:                       # language code -> other names (a list or one name)
        en: [Hasakah, al-Hasakah, Haseke]
        ar: [الحسكة]

``common`` lists the entry's names that are also a common word of some language (``Hit``,
the English verb; ``الباب``, "the door"): the importer reads a Latin-script one only when it
is capitalised and not part of a hyphenated compound, and flags every reading of one.

Problems found: a file that is not YAML, a duplicate id, an unknown key, a
missing name or kind, an unknown kind, a parent that is not an id of the file,
a chain of parents that loops or is too deep, coordinates that are not numbers or
are out of range, a name that (after folding) also belongs to another place, and a
``common`` word that is not one of the entry's names.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from archivist.content import strict_yaml
from archivist.content.slugs import RESERVED_NAMES
from archivist.content.strict_yaml import YamlProblem
from archivist.errors import ContentError, Problem
from archivist.text.folding import fold

from .gazetteer import KINDS, Place
from .parent_chains import depths

ENTRY_KEYS = ("name", "kind", "parent", "lat", "lon", "names", "common")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True)
class _Entry:
    place: Place
    line: int
    lines: dict[str, int]


class _EntryReader:
    """Typed access to one entry's fields, collecting problems instead of raising."""

    def __init__(self, path: Path, place_id: str, line: int) -> None:
        self.path, self.place_id, self.line = path, place_id, line
        self.values: dict[str, Any] = {}
        self.lines: dict[str, int] = {}
        self.problems: list[Problem] = []

    def problem(self, message: str, fix: str, key: str | None = None) -> None:
        line = self.lines.get(key, self.line) if key else self.line
        self.problems.append(Problem(self.path, line, f"entry '{self.place_id}': {message}", fix))

    def text(self, key: str, required: bool = False) -> str | None:
        value = self.values.get(key)
        if value is None or value == "":
            if required:
                self.problem(f"has no {key}", f"add '{key}: ...' under '{self.place_id}:'")
            return None
        if not isinstance(value, str):
            self.problem(f"'{key}' must be text", f"write '{key}: ...' on one line", key)
            return None
        return unicodedata.normalize("NFC", value.strip())

    def coordinate(self, key: str, limit: float) -> float | None:
        raw = self.text(key)
        if raw is None:
            return None
        try:
            value = float(raw)
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            self.problem(f"{key} '{raw}' is not a number", "write decimal degrees, e.g. 36.5", key)
            return None
        if not -limit <= value <= limit:
            self.problem(
                f"{key} {raw} is out of range",
                f"write decimal degrees between -{limit:g} and {limit:g}",
                key,
            )
            return None
        return value

    def names(self) -> dict[str, tuple[str, ...]]:
        value = self.values.get("names")
        if value is None:
            return {}
        fix = "write 'names:' then one 'en: [name, other name]' line per language"
        if not isinstance(value, dict):
            self.problem("'names' must map language codes to names", fix, "names")
            return {}
        names: dict[str, tuple[str, ...]] = {}
        for language, spellings in value.items():
            listed = [spellings] if isinstance(spellings, str) else spellings
            if not _LANGUAGE.match(str(language)):
                self.problem(f"'{language}' is not a language code", fix, "names")
            elif not isinstance(listed, list) or not all(isinstance(s, str) for s in listed):
                self.problem(f"names in '{language}' must be a list of names", fix, "names")
            else:
                cleaned = (unicodedata.normalize("NFC", s.strip()) for s in listed)
                names[str(language)] = tuple(dict.fromkeys(s for s in cleaned if s))
        return names

    def common(self, names: tuple[str, ...]) -> tuple[str, ...]:
        """The names listed under ``common``, each of which must be one of ``names``."""
        value = self.values.get("common")
        listed = [value] if isinstance(value, str) else value or []
        fix = "write 'common: [name, ...]' with names of this entry that are common words"
        if not isinstance(listed, list) or not all(isinstance(s, str) for s in listed):
            self.problem("'common' must be a list of names", fix, "common")
            return ()
        known = {fold(name) for name in names}
        common = tuple(unicodedata.normalize("NFC", s.strip()) for s in listed)
        for word in common:
            if fold(word) not in known:
                self.problem(f"common word '{word}' is not one of its names", fix, "common")
        return common


def read_places(path: Path) -> list[Place]:
    """Every place of the gazetteer at ``path``; ContentError lists every problem."""
    entries, problems = _read_entries(path)
    problems += _unknown_parents(path, entries)
    if not problems:
        problems += _parent_chains(path, entries)
    problems += _shared_names(path, entries)
    if problems:
        raise ContentError(problems)
    return [entry.place for entry in entries]


def _read_entries(path: Path) -> tuple[list[_Entry], list[Problem]]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        fix = "create it (see the README, 'The gazetteer') or set ARCHIVE['gazetteer']"
        return [], [Problem(path, None, "gazetteer file not found", fix)]
    except (OSError, UnicodeDecodeError) as error:
        return [], [Problem(path, None, f"cannot be read ({error})", "save it as UTF-8 text")]
    try:
        root = strict_yaml.compose(text, "the gazetteer")
    except YamlProblem as error:
        return [], [Problem(path, error.line, str(error), error.fix)]
    if root is None:
        return [], []
    if not isinstance(root, yaml.MappingNode):
        fix = "write one 'place-id:' line per place, its fields indented below it"
        return [], [Problem(path, strict_yaml.line_of(root), "must map ids to entries", fix)]
    entries: list[_Entry] = []
    problems: list[Problem] = []
    first_line: dict[str, int] = {}
    for key_node, value_node in root.value:
        place_id, line = str(key_node.value), strict_yaml.line_of(key_node)
        if place_id in first_line:
            fix = "give one of them another id, or merge the two entries"
            message = f"entry '{place_id}': id appears twice (first on line {first_line[place_id]})"
            problems.append(Problem(path, line, message, fix))
            continue
        first_line[place_id] = line
        entry = _read_entry(_EntryReader(path, place_id, line), value_node)
        if isinstance(entry, _Entry):
            entries.append(entry)
        else:
            problems.extend(entry)
    return entries, problems


def _read_entry(reader: _EntryReader, node: yaml.Node) -> _Entry | list[Problem]:
    if not _ID.match(reader.place_id):
        reader.problem("the id is not usable in a URL", "use lower-case ASCII words and hyphens")
    elif reader.place_id in RESERVED_NAMES:
        reader.problem(
            "the id is not usable in a URL: Windows reserves the name for a device",
            f"choose another id, e.g. '{reader.place_id}-town'; the site must unzip anywhere",
        )
    if not isinstance(node, yaml.MappingNode):
        reader.problem("must be a mapping of 'key: value' lines", "indent name:, kind:, ...")
        return reader.problems
    try:
        for key, line, value_node in strict_yaml.mapping_items(node):
            reader.lines[key] = line
            if key not in ENTRY_KEYS:
                reader.problem(f"unknown key '{key}'", f"use only {', '.join(ENTRY_KEYS)}", key)
            reader.values[key] = strict_yaml.construct(value_node)
    except YamlProblem as error:
        reader.problems.append(
            Problem(reader.path, error.line, f"entry '{reader.place_id}': {error}", error.fix)
        )
        return reader.problems
    place = _place(reader)
    return reader.problems or _Entry(place, reader.line, reader.lines)


def _place(reader: _EntryReader) -> Place:
    name = reader.text("name", required=True) or ""
    kind = reader.text("kind", required=True) or ""
    if kind and kind not in KINDS:
        reader.problem(f"unknown kind '{kind}'", f"use one of {', '.join(sorted(KINDS))}", "kind")
    lat, lon = reader.coordinate("lat", 90), reader.coordinate("lon", 180)
    if ("lat" in reader.values) != ("lon" in reader.values):
        reader.problem("has only one coordinate", "give both lat: and lon:, or neither")
    names = reader.names()
    for spelling in (name, *(n for ns in names.values() for n in ns)):
        if spelling and not fold(spelling):
            reader.problem(f"name '{spelling}' has no letters", "remove it", "names")
    common = reader.common((name, *(n for ns in names.values() for n in ns)))
    return Place(
        id=reader.place_id,
        name=name,
        kind=kind,
        parent=reader.text("parent"),
        lat=lat if lon is not None else None,
        lon=lon if lat is not None else None,
        names=MappingProxyType(names),
        common=common,
    )


def _unknown_parents(path: Path, entries: list[_Entry]) -> list[Problem]:
    ids = {entry.place.id for entry in entries}
    return [
        Problem(
            path,
            entry.lines.get("parent", entry.line),
            f"entry '{entry.place.id}': parent '{entry.place.parent}' is not in the gazetteer",
            "write the id of an entry of this file, or add that entry",
        )
        for entry in entries
        if entry.place.parent is not None and entry.place.parent not in ids
    ]


#: The most places a place may lie inside: a camp in a town in a subdistrict, district,
#: governorate and region of a country lies in 6. A deeper chain is a mistake, and
#: every place's page walks its chain.
MAX_DEPTH = 12


def _parent_chains(path: Path, entries: list[_Entry]) -> list[Problem]:
    """A problem for each place whose parents loop back to it, and for the places that
    lie inside one more than :data:`MAX_DEPTH` places (not those below them)."""
    parent_of = {entry.place.id: entry.place.parent for entry in entries}
    depth, looped = depths(parent_of)
    problems = []
    for entry in entries:
        where, place = entry.lines.get("parent", entry.line), entry.place.id
        if looped.get(place):
            message = f"entry '{place}': its parents loop ({' -> '.join(looped[place])})"
            fix = "a place cannot be inside itself; fix one of these parents"
        elif depth.get(place) == MAX_DEPTH + 1:
            message = (
                f"entry '{place}': lies inside {MAX_DEPTH + 1} places, more than {MAX_DEPTH} "
                f"(its parent is '{parent_of[place]}')"
            )
            fix = "give it a parent nearer the top, or fix the parents above it"
        else:
            continue
        problems.append(Problem(path, where, message, fix))
    return problems


def _shared_names(path: Path, entries: list[_Entry]) -> list[Problem]:
    owner: dict[str, tuple[str, int]] = {}
    problems = []
    for entry in entries:
        for spelling in entry.place.all_names:
            key = fold(spelling)
            if not key:
                continue
            first = owner.setdefault(key, (entry.place.id, entry.line))
            if first[0] != entry.place.id:
                key_line = "name" if spelling == entry.place.name else "names"
                problems.append(
                    Problem(
                        path,
                        entry.lines.get(key_line, entry.line),
                        f"entry '{entry.place.id}': name '{spelling}' also names "
                        f"'{first[0]}' (line {first[1]})",
                        "a name must point to one place; qualify one of them, "
                        "e.g. 'Raqqa Governorate'",
                    )
                )
    return problems

"""Whatever edits came before, a rebuild's output is byte for byte a clean build's.

A stateful property test (hypothesis): a project (settings, gazetteer, theme, the
fixture archive's reports) takes random edits, each followed by a rebuild of one
output folder, as an editor working on an archive would make them: reports added,
edited (body, title, date, places, tags, slug, file name), removed (withdrawn.yaml
then gives the reason, as the permalinks lock requires) and restored, another
spelling or name for a place in the gazetteer, a template, the style sheet or a
setting changed; or no edit at all, the build cache deleted, the output deleted.
After each rebuild a copy of the same sources, the lock as the edit left it, is
built from nothing (no cache, no earlier output); the two sites must hold the same
folders and the same bytes, and the two builds must write the same lock.

Each build runs in a process of its own, forked from this one, as ``archivist build``
runs in a new process each time: a rebuild has only what the earlier builds left on
disk (the build cache, the page record, the live site and its spare), never what
they left in memory.

The run is kept short: three sequences of up to eight edits (a minute on two cores).
``ARCHIVIST_LONG_TESTS=1`` (``make test-long``) runs fifty of up to twenty-five (most
of an hour) and shrinks a failure to its shortest sequence.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import shutil
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    precondition,
    rule,
    run_state_machine_as_test,
)

from archivist.build import atomic
from archivist.build.site import build

# The build, and what the test changes in its process (only there): listings' page size.
from archivist.pages import index_pages
from archivist.pages.paging import paginate
from conftest import FIXTURE_SITE, project_copy, snapshot

LONG = os.environ.get("ARCHIVIST_LONG_TESTS") == "1"
BUDGET = settings(
    max_examples=50 if LONG else 3,
    stateful_step_count=25 if LONG else 8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    # A step takes two builds: shrinking a failure takes hypothesis its five minutes.
    # The short run reports the steps as found; the long run shrinks them.
    phases=list(Phase) if LONG else [p for p in Phase if p not in (Phase.shrink, Phase.explain)],
)

WORDS = ("attack", "prison", "cells", "checkpoint", "fighters", "convoy", "village", "raid")
WORDS += ("statement", "curfew", "camp", "oil", "field", "drone", "returned", "families")
WORDS += ("sleeper", "tunnel", "&", "<b>bold</b>", "*quiet*", "هجوم", "سجن", "خلايا", "حاجز")
WORDS += ("مقاتلين", "قرية", "مداهمة", "بيان")
#: Spellings of places in the gazetteer, and names it does not know (until an edit adds them).
KNOWN_PLACES = ("Raqqa", "الرقة", "Reqa", "Hesekê", "Haseke", "Serêkaniyê", "Ras al-Ain")
KNOWN_PLACES += ("Kobanî", "Heleb", "حلب", "Sina'a Prison", "Mosul", "Qamishli")
NEW_NAMES = ("Tell Nour", "Qasr Zahra", "Khirbat Sima", "Bir Hilu", "Tal Safuk", "Umm Madfa")
#: Places whose names an edit may change (ids in gazetteer.yaml): those the reports name.
PLACE_IDS = ("raqqa", "hasakah", "ras-al-ain", "kobani", "aleppo", "sinaa-prison", "mosul")
TAGS = ("isis", "attacks", "prisons", "clashes", "statements", "returns")

words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join)
paragraphs = st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25), max_size=4)
bodies = paragraphs.map(lambda ps: "\n\n".join(" ".join(p) for p in ps) or "One paragraph.")
years = st.integers(2014, 2024).map(str)
dates = st.one_of(
    st.none(),
    years,
    st.tuples(years, st.integers(1, 12)).map(lambda d: f"{d[0]}-{d[1]:02}"),
    st.tuples(years, st.integers(1, 12), st.integers(1, 28)).map(
        lambda d: f"{d[0]}-{d[1]:02}-{d[2]:02}"
    ),
)
places = st.lists(st.sampled_from(KNOWN_PLACES + NEW_NAMES), max_size=3, unique=True)
tags = st.lists(st.sampled_from(TAGS), max_size=3, unique=True)
languages = st.sampled_from([None, "en", "ar", "ku"])


def yaml_value(value: Any) -> str:
    """Text or a list as YAML: as JSON, which YAML reads as it is."""
    return json.dumps(value, ensure_ascii=False)


class Report:
    """One report's file: its front-matter lines in order (key: YAML text) and its body."""

    def __init__(self, fields: dict[str, str], body: str) -> None:
        self.fields = fields
        self.body = body

    @classmethod
    def read(cls, path: Path) -> Report:
        """A fixture report, whose front-matter lines are all ``key: value``."""
        _, head, body = path.read_text(encoding="utf-8").split("---\n", 2)
        lines = (line.split(": ", 1) for line in head.splitlines())
        return cls({key: value for key, value in lines}, body.lstrip("\n"))

    def text(self) -> str:
        head = "".join(f"{key}: {value}\n" for key, value in self.fields.items())
        return f"---\n{head}---\n\n{self.body}"

    @property
    def slug(self) -> str:
        return self.fields["slug"].strip('"')

    def set(self, key: str, value: Any) -> None:
        """Set front-matter ``key`` (a date unquoted); None removes it."""
        if value is None:
            self.fields.pop(key, None)
        else:
            self.fields[key] = value if key == "date" else yaml_value(value)


def in_own_process(function: Callable[..., None], *args: Any) -> None:
    """``function(*args)`` in a process forked from this one (everything imported; this one
    never builds); its error, with its traceback, as this one's AssertionError."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_reporting, args=(sender, function, args))
    process.start()
    sender.close()
    try:
        error = receiver.recv()
    except EOFError:
        error = "the process ended without a word"
    process.join()
    assert error is None, f"{error} (exit code {process.exitcode})"


def _reporting(sender: Any, function: Callable[..., None], args: tuple[Any, ...]) -> None:
    try:
        function(*args)
    except BaseException:
        sender.send(traceback.format_exc())
    else:
        sender.send(None)


def build_project(project: Path, output: Path, epoch: str) -> None:
    """``archivist build`` of ``project`` (run in its folder, which then holds the build
    cache) into ``output``, with listings of two reports a page (a large archive's listings
    have many pages, the fixture's would have one)."""
    os.chdir(project)
    index_pages.paginate = lambda items, url: paginate(items, url, 2)
    os.environ.pop("SOURCE_DATE_EPOCH", None)
    if epoch:
        os.environ["SOURCE_DATE_EPOCH"] = epoch
    build(project / "pelicanconf.py", output, project / "content")


def folders(site: Path) -> set[str]:
    return {str(p.relative_to(site)) for p in site.rglob("*") if p.is_dir()}


def differences(rebuilt: Path, clean: Path, shown: int = 5) -> str:
    """What differs between the two sites, the first few files with where they differ; ""
    when they hold the same folders and the same bytes."""
    ours, theirs = snapshot(rebuilt), snapshot(clean)
    lines = []
    for label, names in (
        ("only in the rebuild", sorted(ours.keys() - theirs.keys())),
        ("only in the clean build", sorted(theirs.keys() - ours.keys())),
        ("folders only in the rebuild", sorted(folders(rebuilt) - folders(clean))),
        ("folders only in the clean build", sorted(folders(clean) - folders(rebuilt))),
    ):
        if names:
            lines.append(f"{label}: {', '.join(names[:shown])}{' ...' * (len(names) > shown)}")
    differing = sorted(n for n in ours.keys() & theirs.keys() if ours[n] != theirs[n])
    lines += [first_difference(name, ours[name], theirs[name]) for name in differing[:shown]]
    if len(differing) > shown:
        lines.append(f"... and {len(differing) - shown} more differing files")
    return "\n".join(lines)


def first_difference(name: str, rebuilt: bytes, clean: bytes, around: int = 70) -> str:
    """Where file ``name`` first differs, with the bytes around it in each build."""
    at = next((i for i, (a, b) in enumerate(zip(rebuilt, clean, strict=False)) if a != b), None)
    if at is None:
        at = min(len(rebuilt), len(clean))
    line = rebuilt[:at].count(b"\n") + 1
    start = max(0, at - around)

    def window(data: bytes) -> str:
        return repr(data[start : at + around].decode("utf-8", "replace"))

    return (
        f"{name} differs at byte {at} (line {line}):\n"
        f"  rebuilt: {window(rebuilt)}\n  clean:   {window(clean)}"
    )


class Archive(RuleBasedStateMachine):
    """A project and its output folder, rebuilt after each edit."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.project = project_copy(folder / "project")
        shutil.copytree(FIXTURE_SITE, self.content)
        self.output = folder / "site" / "output"
        self.reports = {p.name: Report.read(p) for p in sorted(self.content.glob("*.md"))}
        #: Withdrawn reports by slug: their withdrawn.yaml entry, and the report as it was.
        self.withdrawn: dict[str, tuple[dict[str, str], Report]] = {}
        #: The edits of the gazetteer: another spelling of a place, or its name changed.
        self.spellings: dict[str, list[str]] = {}
        self.names: dict[str, str] = {}
        self.settings: dict[str, str] = {}
        self.settings_text = (self.project / "pelicanconf.py").read_text(encoding="utf-8")
        self.gazetteer_text = (self.project / "gazetteer.yaml").read_text(encoding="utf-8")
        self.edits = 0
        self.epoch = ""

    @property
    def content(self) -> Path:
        return self.project / "content"

    @initialize(stamped=st.booleans())
    def first_build(self, stamped: bool) -> None:
        """The first build; ``stamped``: SOURCE_DATE_EPOCH is set."""
        self.epoch = "1700000000" if stamped else ""
        self.build(self.project, self.output)

    def build(self, project: Path, output: Path) -> None:
        """Build ``project`` into ``output``: then only the site and its spare are beside it."""
        in_own_process(build_project, project, output, self.epoch)
        expected = {output.name, atomic.spare(output).name}
        left = sorted(p.name for p in output.parent.iterdir() if p.name not in expected)
        assert not left, f"left beside the output: {left}"

    def rebuild(self) -> None:
        """Rebuild the output; build a copy of the same sources from nothing; compare."""
        self.edits += 1
        clean = self.folder / f"clean-{self.edits}"
        shutil.copytree(
            self.project,
            clean / "project",
            symlinks=True,
            ignore=shutil.ignore_patterns(".archivist", "__pycache__"),
        )
        self.build(self.project, self.output)
        self.build(clean / "project", clean / "site" / "output")
        found = differences(self.output, clean / "site" / "output")
        assert not found, f"the rebuild differs from a clean build of the same sources:\n{found}"
        lock = "content/permalinks.lock"
        assert (self.project / lock).read_text() == (clean / "project" / lock).read_text(), (
            "the rebuild and the clean build wrote different locks"
        )
        shutil.rmtree(clean)

    def teardown(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    # What the editor writes.

    def write(self, name: str) -> None:
        (self.content / name).write_text(self.reports[name].text(), encoding="utf-8")

    def write_withdrawals(self) -> None:
        path = self.content / "withdrawn.yaml"
        entries = "".join(
            f"{slug}:\n" + "".join(f"  {key}: {value}\n" for key, value in entry.items())
            for slug, (entry, _) in sorted(self.withdrawn.items())
        )
        path.write_text(entries, encoding="utf-8")

    def write_gazetteer(self) -> None:
        text = self.gazetteer_text
        for place, added in self.spellings.items():
            head = f"\n{place}:\n"
            block = text.index(head)
            names = text.index("  names:\n", block) + len("  names:\n")
            text = f"{text[:names]}    fr: {yaml_value(added)}\n{text[names:]}"
        for place, name in self.names.items():
            block = text.index(f"\n{place}:\n")
            old = text.index("  name: ", block)
            end = text.index("\n", old)
            text = f"{text[:old]}  name: {yaml_value(name)}{text[end:]}"
        (self.project / "gazetteer.yaml").write_text(text, encoding="utf-8")

    def write_settings(self) -> None:
        archive = {k: v for k, v in self.settings.items() if k != "SITENAME"}
        text = f"{self.settings_text}\n# Edited:\nARCHIVE = {{**ARCHIVE, **{archive!r}}}\n"
        if "SITENAME" in self.settings:
            text += f"SITENAME = {self.settings['SITENAME']!r}\n"
        (self.project / "pelicanconf.py").write_text(text, encoding="utf-8")

    def chosen(self, data: st.DataObject) -> str:
        return data.draw(st.sampled_from(sorted(self.reports)), label="report")

    # The edits, each followed by a rebuild.

    @rule(
        fields=st.fixed_dictionaries(
            {"title": words, "date": dates, "language": languages, "places": places, "tags": tags}
        ),
        body=bodies,
    )
    def add_report(self, fields: dict[str, Any], body: str) -> None:
        slug = f"report-{self.edits}"  # one edit a step: never a slug used before
        report = Report({"slug": yaml_value(slug)}, body)
        for key, value in fields.items():
            report.set(key, value)
        self.reports[f"{slug}.md"] = report
        self.write(f"{slug}.md")
        self.rebuild()

    @precondition(lambda self: self.reports)
    @rule(data=st.data(), body=bodies)
    def edit_body(self, data: st.DataObject, body: str) -> None:
        name = self.chosen(data)
        self.reports[name].body = body
        self.write(name)
        self.rebuild()

    @precondition(lambda self: self.reports)
    @rule(
        data=st.data(),
        key=st.sampled_from(["title", "date", "places", "tags"]),
    )
    def edit_front_matter(self, data: st.DataObject, key: str) -> None:
        name = self.chosen(data)
        values = {"title": words, "date": dates, "places": places, "tags": tags}
        self.reports[name].set(key, data.draw(values[key], label=key))
        self.write(name)
        self.rebuild()

    @precondition(lambda self: self.reports)
    @rule(data=st.data())
    def rename(self, data: st.DataObject) -> None:
        """A new slug; the old one goes under ``aliases:``, as the permalinks require."""
        name = self.chosen(data)
        report = self.reports[name]
        old = [report.slug, *json.loads(report.fields.get("aliases", "[]"))]
        report.set("slug", f"renamed-{self.edits}")
        report.set("aliases", sorted(old))
        self.write(name)
        self.rebuild()

    @precondition(lambda self: self.reports)
    @rule(data=st.data())
    def move_file(self, data: st.DataObject) -> None:
        """Give a report's file another name (its slug stays)."""
        name = self.chosen(data)
        self.reports[f"moved-{self.edits}.md"] = self.reports.pop(name)
        (self.content / name).rename(self.content / f"moved-{self.edits}.md")
        self.rebuild()

    @precondition(lambda self: self.reports)
    @rule(data=st.data(), reason=words, full=st.booleans())
    def withdraw(self, data: st.DataObject, reason: str, full: bool) -> None:
        """Remove a report's file; its URL is in the lock, so withdrawn.yaml gives the reason
        (``full``: and the title it had and the date of the withdrawal)."""
        name = self.chosen(data)
        report = self.reports.pop(name)
        entry = {"reason": yaml_value(reason)}
        if full:
            entry |= {"title": report.fields["title"], "date": "2025-03-01"}
        self.withdrawn[report.slug] = (entry, report)
        (self.content / name).unlink()
        self.write_withdrawals()
        self.rebuild()

    @precondition(lambda self: self.withdrawn)
    @rule(data=st.data())
    def restore(self, data: st.DataObject) -> None:
        """Publish a withdrawn report again at its address: its entry goes."""
        slug = data.draw(st.sampled_from(sorted(self.withdrawn)), label="withdrawn")
        _, report = self.withdrawn.pop(slug)
        name = f"restored-{slug}.md"
        self.reports[name] = report
        self.write(name)
        self.write_withdrawals()
        self.rebuild()

    @precondition(lambda self: self.withdrawn)
    @rule(data=st.data(), reason=words)
    def edit_withdrawal(self, data: st.DataObject, reason: str) -> None:
        slug = data.draw(st.sampled_from(sorted(self.withdrawn)), label="withdrawn")
        self.withdrawn[slug][0]["reason"] = yaml_value(reason)
        self.write_withdrawals()
        self.rebuild()

    def new_names(self) -> list[str]:
        """The names the gazetteer does not have yet."""
        taken = {*self.names.values(), *(n for added in self.spellings.values() for n in added)}
        return [name for name in NEW_NAMES if name not in taken]

    @precondition(lambda self: self.new_names())
    @rule(place=st.sampled_from(PLACE_IDS), spelling=st.booleans())
    def rename_place(self, place: str, spelling: bool) -> None:
        """Give a place another spelling, or another name (its old name then unknown)."""
        new = self.new_names()[0]
        if spelling:
            self.spellings.setdefault(place, []).append(new)
        else:
            self.names[place] = new
        self.write_gazetteer()
        self.rebuild()

    @rule(
        template=st.sampled_from(
            ["base.html", "article.html", "place.html", "withdrawn.html", "_cite_panel.html"]
        )
    )
    def change_template(self, template: str) -> None:
        path = self.project / "theme" / "templates" / template
        text = path.read_text(encoding="utf-8")
        mark = f"<!-- edit {self.edits} -->"
        if "{% block content %}" in text:
            text = text.replace("{% block content %}", "{% block content %}" + mark, 1)
        else:
            text += mark
        path.write_text(text, encoding="utf-8")
        self.rebuild()

    @rule()
    def change_style_sheet(self) -> None:
        with (self.project / "theme" / "static" / "css" / "archive.css").open("a") as stream:
            stream.write(f"/* edit {self.edits} */\n")
        self.rebuild()

    @rule(
        key=st.sampled_from(["SITENAME", "description", "default_language", "public_url"]),
        data=st.data(),
    )
    def change_setting(self, key: str, data: st.DataObject) -> None:
        values = {
            "SITENAME": words,
            "description": words,
            "default_language": st.sampled_from(["en", "ar"]),
            "public_url": st.sampled_from(["", "https://example.org/archive"]),
        }
        self.settings[key] = data.draw(values[key], label=key)
        self.write_settings()
        self.rebuild()

    # What else happens between builds.

    @rule()
    def nothing(self) -> None:
        """Build again without an edit."""
        self.rebuild()

    @rule()
    def delete_cache(self) -> None:
        """Delete the build cache ("safe to delete"): the next build has only the output."""
        shutil.rmtree(self.project / ".archivist")
        self.rebuild()

    @rule()
    def delete_output(self) -> None:
        """Delete the output and its spare, as ``make clean`` does: the next build has
        only the cache."""
        shutil.rmtree(self.output)
        shutil.rmtree(atomic.spare(self.output), ignore_errors=True)
        self.rebuild()


@pytest.mark.slow
def test_a_rebuild_after_any_edits_equals_a_clean_build(tmp_path: Path) -> None:
    examples = itertools.count()
    run_state_machine_as_test(
        lambda: Archive(tmp_path / f"example-{next(examples)}"), settings=BUDGET
    )

"""Withdrawn articles: ``withdrawn.yaml`` in the content folder says which and why.

A published article is never simply deleted: its URL keeps answering with a
"withdrawn" page that gives the reason. The file maps each withdrawn slug to
its reason (and, optionally, the title it had and the date it was withdrawn)::

    old-report-slug:
      reason: "Removed at the request of the source: the report named a minor."
      title: "The title it was published under"
      date: 2025-03-01
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from archivist.content.dates import PartialDate
from archivist.content.slugs import is_valid_slug
from archivist.errors import ContentError, Problem

FILE_NAME = "withdrawn.yaml"
_FIELDS = frozenset({"reason", "title", "date"})
_EXAMPLE = "write 'SLUG:' then indented 'reason: \"...\"' lines (see README, Permalinks)"


@dataclass(frozen=True)
class Withdrawal:
    """One withdrawn article, identified by the slug it was published under."""

    slug: str
    reason: str
    line: int
    title: str = ""
    date: PartialDate | None = None


def read_withdrawals(content_dir: Path) -> tuple[Withdrawal, ...]:
    """Every entry of ``withdrawn.yaml`` sorted by slug; none when the file is absent."""
    path = content_dir / FILE_NAME
    if not path.is_file():
        return ()
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise ContentError([Problem(path, line, "is not valid YAML", _EXAMPLE)]) from None
    if node is None:
        return ()
    if not isinstance(node, yaml.MappingNode):
        raise ContentError([Problem(path, 1, "must map slugs to their reasons", _EXAMPLE)])
    entries: list[Withdrawal] = []
    problems: list[Problem] = []
    for key, value in node.value:
        entry = _entry(path, key, value)
        if isinstance(entry, Problem):
            problems.append(entry)
        elif any(e.slug == entry.slug for e in entries):
            problems.append(Problem(path, entry.line, f"'{entry.slug}' is listed twice", ""))
        else:
            entries.append(entry)
    if problems:
        raise ContentError(problems)
    return tuple(sorted(entries, key=lambda e: e.slug))


def _entry(path: Path, key: yaml.Node, value: yaml.Node) -> Withdrawal | Problem:
    line = key.start_mark.line + 1
    slug = str(key.value) if isinstance(key, yaml.ScalarNode) else ""
    if not is_valid_slug(slug):
        return Problem(path, line, f"'{slug}' is not a slug", _EXAMPLE)
    if not isinstance(value, yaml.MappingNode) or not all(
        isinstance(k, yaml.ScalarNode) and isinstance(v, yaml.ScalarNode) for k, v in value.value
    ):
        return Problem(path, line, f"'{slug}' needs 'reason:' (and may have title, date)", _EXAMPLE)
    fields = {str(k.value): str(v.value).strip() for k, v in value.value}
    unknown = sorted(set(fields) - _FIELDS)
    if unknown:
        return Problem(path, line, f"'{slug}' has unknown key(s) {', '.join(unknown)}", _EXAMPLE)
    if not fields.get("reason"):
        return Problem(path, line, f"'{slug}' has no reason", "add 'reason: \"...\"' under it")
    try:
        date = PartialDate.parse(fields["date"]) if fields.get("date") else None
    except ValueError as error:
        return Problem(path, line, f"'{slug}' has a bad date: {error}", "write YYYY-MM-DD")
    return Withdrawal(slug, fields["reason"], line, fields.get("title", ""), date)

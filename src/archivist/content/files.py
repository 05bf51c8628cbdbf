"""Which files in ``content/`` are articles, and how one is read: once, for every command.

``check``, ``build`` (and Pelican, told the same through ``IGNORE_FILES`` and its one
reader), the permalink lock, the curator's index and the importer's duplicate search all
take the article files from :func:`article_files`: every ``.md`` under the content
folder, hidden files and folders excepted (they are content nowhere), and links leading
out of it refused. A file is read
by :func:`read_text` only if it is a regular file (a link to one is fine while it stays
in the content folder), and never past :data:`MAX_ARTICLE_BYTES`, whatever the system
says of its size: a FIFO, a device or a socket is one problem, not a hang.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from archivist.errors import Problem

#: An article file larger than this is refused before it is decoded (time and memory stay bounded).
MAX_ARTICLE_BYTES = 8 * 1024 * 1024
#: What a file that is not a regular file is, by its kind, for the message.
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def article_paths(content_dir: Path) -> list[Path]:
    """Every ``.md`` file under ``content_dir``, skipping hidden files and folders, sorted.

    What ``content_dir.rglob("*.md")`` finds (links are listed, linked folders not
    entered), by ``os.walk``, which skips hidden folders instead of walking them,
    sorted by parts as paths compare: a search lists the folder each time, and
    10,000 articles took half a second the plain way.
    """
    found: list[Path] = []
    for folder, folders, files in os.walk(content_dir):
        folders[:] = [name for name in folders if not name.startswith(".")]
        base = Path(folder)
        found.extend(
            base / name
            for name in (*folders, *files)
            if name.endswith(".md") and not name.startswith(".")
        )
    return sorted(found, key=lambda path: path.parts)


def article_files(content_dir: Path) -> tuple[list[Path], list[Problem]]:
    """The article files every command reads (:func:`article_paths` but the links that
    :func:`outside_links` refuses), and those refusals; none when there is no folder."""
    if not content_dir.is_dir():
        return [], []
    refused = outside_links(content_dir)
    links = {problem.path for problem in refused}
    return [path for path in article_paths(content_dir) if path not in links], refused


def read_text(path: Path) -> str | Problem:
    """The UTF-8 text of the regular file at ``path`` (line ends made ``\\n``), or the
    problem that stopped it (see :func:`read_bytes`; or not UTF-8)."""
    data = read_bytes(path)
    if isinstance(data, Problem):
        return data
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return Problem(path, None, f"is not UTF-8 text ({error.reason})", "save it as UTF-8")
    if "\r" in text:  # line ends as Path.read_text makes them, in a third of its time
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def read_bytes(path: Path) -> bytes | Problem:
    """What the regular file at ``path`` holds, or the problem that stopped it: not a
    regular file, larger than :data:`MAX_ARTICLE_BYTES`, unreadable.

    The file is opened without blocking (a FIFO would wait for a writer for ever) and
    read at most one byte past the limit (a device says its size is 0 and never ends).
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        return _unreadable(path, error)
    try:
        status = os.fstat(descriptor)
        kind = _irregular(status.st_mode)
        if kind:
            return _not_a_file(path, kind)
        # The stated size refuses a large file unread; the bounded read, one that grows.
        data = b"" if status.st_size > MAX_ARTICLE_BYTES else _read_at_most(descriptor)
    except OSError as error:
        return _unreadable(path, error)
    finally:
        os.close(descriptor)
    if status.st_size > MAX_ARTICLE_BYTES or len(data) > MAX_ARTICLE_BYTES:
        return Problem(
            path,
            None,
            f"is larger than {MAX_ARTICLE_BYTES // 1024 // 1024} MiB",
            "split it, or keep only the report's text",
        )
    return data


def _read_at_most(descriptor: int, limit: int = MAX_ARTICLE_BYTES + 1) -> bytes:
    """What the file at ``descriptor`` holds, up to ``limit`` bytes."""
    chunks = []
    while limit > 0:
        chunk = os.read(descriptor, min(limit, 1024 * 1024))
        if not chunk:
            break
        chunks.append(chunk)
        limit -= len(chunk)
    return b"".join(chunks)


def _irregular(mode: int) -> str:
    """What a file of ``mode`` is when it is not a regular file; "" when it is."""
    if stat.S_ISREG(mode):
        return ""
    return next((kind for test, kind in _KINDS if test(mode)), "not a regular file")


def _unreadable(path: Path, error: OSError) -> Problem:
    try:  # a socket cannot be opened at all (ENXIO): say what it is
        kind = _irregular(os.stat(path).st_mode)
    except OSError:
        kind = ""
    if kind:
        return _not_a_file(path, kind)
    return Problem(path, None, f"cannot be read ({error.strerror})", "check its permissions")


def _not_a_file(path: Path, kind: str) -> Problem:
    return Problem(
        path, None, f"is {kind}, not a file", "only regular files can be articles: remove it"
    )


def outside_link(
    path: Path, resolved_content_dir: Path, resolve: Callable[[str], str] = os.path.realpath
) -> Problem | None:
    """A problem if ``path`` (a link, or inside a linked folder) leads out of the content
    folder (given resolved: a build reads thousands of files from it); ``resolve`` may be a
    :class:`~archivist.paths.Resolver`'s, which resolves each folder once."""
    target = Path(resolve(str(path)))
    if target.is_relative_to(resolved_content_dir):
        return None
    return Problem(
        path,
        None,
        f"is a link to {target}, outside the content folder; it would be published",
        "copy the file into the content folder instead of linking to it",
    )


def outside_links(content_dir: Path) -> list[Problem]:
    """Links under ``content_dir`` the build must not follow.

    A linked file is fine while it stays inside the content folder; a linked folder
    never is (the site generator would follow it, outside or back in, reading its
    articles a second time or looping). Hidden folders are not content: what they
    hold is neither read nor published, and not looked at here.
    """
    problems = []
    resolved = content_dir.resolve()
    for path in _links(str(content_dir)):
        found = outside_link(path, resolved)
        if found is None and path.is_dir():
            found = Problem(
                path,
                None,
                "is a link to a folder; the build would read what it leads to",
                "move the folder itself into the content folder, or remove the link",
            )
        if found:
            problems.append(found)
    return problems


def _links(folder: str) -> Iterator[Path]:
    """The links in ``folder`` (in name order), then in each of its folders but hidden
    ones, without following any: from the kinds the folder listing gives, without
    asking the system about each of 10,000 files."""
    with os.scandir(folder) as listing:
        entries = sorted(listing, key=lambda entry: entry.name)
    inner = []
    for entry in entries:
        if entry.name.startswith("."):  # hidden: not content, never read nor published
            continue
        if entry.is_symlink():
            yield Path(entry.path)
        elif entry.is_dir():
            inner.append(entry.path)
    for path in inner:
        yield from _links(path)

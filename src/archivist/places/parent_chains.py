"""How deep each place of the gazetteer lies, and which places' parents loop."""

from __future__ import annotations


def depths(parent_of: dict[str, str | None]) -> tuple[dict[str, int], dict[str, list[str]]]:
    """How many places each place lies inside, and for each place in a loop, the loop
    from it back to it (``[]`` for a place whose parents lead into one). Each chain is
    walked once, however long."""
    depth: dict[str, int] = {}
    looped: dict[str, list[str]] = {}
    for start in parent_of:
        chain: dict[str, None] = {}  # in order, and quick to look up
        place: str | None = start
        while place is not None and not (place in depth or place in looped or place in chain):
            chain[place] = None
            place = parent_of[place]
        if place is None or place in depth:  # it ends at the top, or at a place walked
            below = -1 if place is None else depth[place]
            depth.update({m: below + up for up, m in enumerate(reversed(chain), start=1)})
            continue
        members = list(chain)
        loop = members[members.index(place) :] if place in chain else []
        looped.update({member: [] for member in members})
        looped.update({m: [*loop[i:], *loop[:i], m] for i, m in enumerate(loop)})
    return depth, looped

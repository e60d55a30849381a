"""What changed between two versions of an article, paragraph by paragraph (difflib)."""

from __future__ import annotations

import difflib
from typing import Any

from .text import normalize


def paragraph_changes(old: str | None, new: str) -> dict[str, Any] | None:
    """Counts and positions of paragraphs added, removed and changed from ``old`` to ``new``.

    Paragraphs are compared normalised (case, digits' script, punctuation and spacing do not
    count as changes). Positions are 0-based: added and changed ones in the new text, removed
    ones in the old. None when the old text is not known (a state from an older schema).
    """
    if old is None:
        return None
    a, b = old.split("\n\n"), new.split("\n\n")
    matcher = difflib.SequenceMatcher(None, [normalize(p) for p in a], [normalize(p) for p in b], autojunk=False)
    added: list[int] = []
    removed: list[int] = []
    changed: list[int] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "insert":
            added.extend(range(j1, j2))
        elif tag == "delete":
            removed.extend(range(i1, i2))
        elif tag == "replace":
            pairs = min(i2 - i1, j2 - j1)
            changed.extend(range(j1, j1 + pairs))
            added.extend(range(j1 + pairs, j2))
            removed.extend(range(i1 + pairs, i2))
    return {"added": len(added), "removed": len(removed), "changed": len(changed),
            "positions": {"added": added, "removed": removed, "changed": changed}}

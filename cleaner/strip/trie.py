"""One regular expression for many literals."""

from __future__ import annotations

import re


def trie(words: list[str], space: str | None = None) -> str:
    """One regex for many literals, merged on common prefixes.

    An alternation of N literals costs N tries at every position; a trie costs
    one walk down shared prefixes, so matching stays linear in the text with
    a small constant however many phrases the priors hold. ``space``, when given,
    is the pattern a literal's spaces stand for.
    """
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        end = "" in node
        branches = [(space if ch == " " and space else re.escape(ch)) + render(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not end else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return render(root)

"""``--explain``: one document's lines, each marked kept or removed with the rule that took it."""

from __future__ import annotations

from .model import Document, Removal


def explain(doc: Document) -> str:
    """A terminal report of one document: every original block, marked kept or removed."""
    by_block: dict[int, list[Removal]] = {}
    for removal in doc.removed:
        by_block.setdefault(removal.block, []).append(removal)
    lines = [f"== {doc.origin}", f"   title:  {doc.title!r}", f"   source: {doc.source!r}"]
    for removal in by_block.get(-1, []):
        lines.append(f" x [{removal.rule}] " + removal.text.replace("\n", "\n" + " " * (len(removal.rule) + 5)))
    for i, original in enumerate(doc.original):
        hits = by_block.get(i, [])
        if i == doc.title_block:
            lines.append(f" T [title] {original}")
        elif not doc.kept[i]:
            lines.append(f" - [{hits[0].rule}] {original}")
        elif hits:
            lines.append(f" ~ {doc.blocks[i]}")
            lines.extend(f"   - [{h.rule}] {h.text}" for h in hits)
        else:
            lines.append(f"   {original}")
    if doc.repairs:
        lines.append("   repairs: " + "; ".join(doc.repairs))
    return "\n".join(lines) + "\n"

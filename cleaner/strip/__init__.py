"""Boilerplate removal steps: each a small function of one document that records what it removed.

Like ftfy's fixers, every step marks blocks through ``Document.drop``/``trim`` with a rule of
:mod:`cleaner.removals`; the ``removed`` list on the document is the explanation. The order in
which they run is :data:`cleaner.pipeline.STEPS`.
"""

from __future__ import annotations

from .edges import strip_edges
from .rules import Rules, load_rules
from .spam import remove_brand_lines, remove_learned_spam
from .templates import templates_for

__all__ = ["Rules", "load_rules", "remove_brand_lines", "remove_learned_spam", "strip_edges", "templates_for"]

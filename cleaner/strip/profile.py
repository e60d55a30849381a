"""Site-template evidence kept between runs, so a small daily dump benefits from the last ones.

Stored in the tracking-state SQLite file (``--state``) in tables of its own:
which article titles each site group has shown, and which short edge lines
each of them carried. A run loads the evidence of the groups it sees before
deciding its templates, and saves its own in one short transaction at the
end (idempotent: re-running a run adds nothing new).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from .templates import NETWORK_GROUP, WORDING, TemplateCounter, title_hash

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS tpl_articles (grp TEXT, title INTEGER, PRIMARY KEY (grp, title)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS tpl_lines (grp TEXT, key TEXT, title INTEGER,"
    " PRIMARY KEY (grp, key, title)) WITHOUT ROWID",
)


class SiteProfile:
    """The template tables of one state file."""

    def __init__(self, path: str, timeout: float = 60.0) -> None:
        self.conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
        self.conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        self.conn.execute("PRAGMA journal_mode = WAL")
        for statement in _SCHEMA:
            self.conn.execute(statement)

    def load_into(self, counter: TemplateCounter, groups: Iterable[str]) -> None:
        """Add the stored evidence of ``groups`` (only lines seen on two or more articles), and the
        network's own lines that earlier runs' markup marked (one sighting is enough)."""
        for group in [*sorted(set(groups) - {NETWORK_GROUP}), NETWORK_GROUP]:
            rows = self.conn.execute("SELECT title FROM tpl_articles WHERE grp = ?", (group,))
            counter.add_known(group, "", (r[0] for r in rows))
            least = 1 if group == NETWORK_GROUP else 2
            keys = self.conn.execute(
                "SELECT key FROM tpl_lines WHERE grp = ? GROUP BY key HAVING COUNT(*) >= ?", (group, least)
            ).fetchall()
            for (key,) in keys:
                titles = self.conn.execute(
                    "SELECT title FROM tpl_lines WHERE grp = ? AND key = ? LIMIT 65", (group, key)
                )
                counter.add_known(group, key, (r[0] for r in titles))

    def save(self, triples: Iterable[tuple[str, str, str]]) -> None:
        """Record this run's evidence in one transaction."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for group, key, title in triples:
                if key.startswith(WORDING):
                    continue  # (a run's sample of its pages' sentence-long lines; what recurs is stored as a line)
                if key:
                    row: tuple[object, ...] = (group, key, title_hash(title))
                    self.conn.execute("INSERT OR IGNORE INTO tpl_lines VALUES (?, ?, ?)", row)
                else:
                    row = (group, title_hash(title))
                    self.conn.execute("INSERT OR IGNORE INTO tpl_articles VALUES (?, ?)", row)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.conn.close()

"""Exactly-once delivery between an output file and the tracking store, across kill -9.

A run renames its output into place, then commits the store. Killed between the two, the
output was delivered but the store does not know it, and the next run would deliver the same
articles again. So before the rename the run writes ``<state>.delivery`` naming the output
and its temporary file, and removes it once the store has committed. The next run on the
store (holding its lock) finds the journal and settles it first:

- the temporary file still exists: the rename never happened, nothing was delivered;
- it does not: the output was delivered, and its records are recorded in the store now.

This covers outputs written to a file; records written to stdout are delivered as they go.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from cleaner.model import Origin

from .item import item_from, sighting_of
from .store import Store


def journal_path(state: str) -> Path:
    return Path(f"{state}.delivery")


def write_journal(state: str, output: str, tmp: str) -> None:
    """Name the output about to be renamed into place (synced to disk before the rename)."""
    path = journal_path(state)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(json.dumps({"output": os.path.abspath(output), "tmp": os.path.abspath(tmp)}))
        handle.flush()
        os.fsync(handle.fileno())


def clear_journal(state: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        journal_path(state).unlink()


def settle(store: Store, state: str) -> int:
    """Settle a journal a killed run left; returns how many delivered records were recorded."""
    path = journal_path(state)
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return 0
    except ValueError:  # cut while being written: the rename had not happened yet
        clear_journal(state)
        return 0
    recorded = 0
    output = Path(entry["output"])
    if not Path(entry["tmp"]).exists() and output.exists():
        with store.transaction(), open(output, encoding="utf-8") as handle:
            for seq, line in enumerate(handle):
                if line.strip():
                    recorded += _record(store, json.loads(line), seq)
    clear_journal(state)
    return recorded


def _record(store: Store, record: dict, seq: int) -> int:
    if record.get("duplicate_of"):
        return 0
    origin = Origin.from_dict(record["origin"])
    item = item_from(seq, origin, record.get("title"), record.get("text") or "", record.get("lang"), record.get("url"))
    match = store.lookup(item)
    if match is None:
        store.add(item.id, item.signature, lang=item.lang, title=item.title, length=len(item.text),
                  sightings=[sighting_of(item)], text=item.text, shingles=item.shingles)
    else:
        if record.get("previous_id") and not store.has_id(item.id):
            store.add_version(match.aid, item.id, item.signature, text=item.text, title=item.title,
                              length=len(item.text), shingles=item.shingles)
        store.touch(match.aid, [sighting_of(item)])
    return 1

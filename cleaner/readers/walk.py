"""Expand the CLI's INPUT arguments into the files to read, in a stable order.

Directories are walked depth first, entries sorted by name at each level,
names starting with "." skipped. Symlinks are followed (to files and to
directories); a directory reached again through its own subtree is a loop and
is reported instead of entered. Paths keep the spelling the user gave, joined
with the names found below it, so reports point where the user looked.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator

from cleaner.model import Origin, Reject

STDIN = "-"


def _os_reason(err: OSError) -> str:
    return err.strerror or str(err)


def _target(path: str) -> str:
    """Where a looping symlink points, as written in the link."""
    try:
        return os.readlink(path)
    except OSError:
        return os.path.realpath(path)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special file"


def expand(inputs: Iterable[str]) -> Iterator[str | Reject]:
    """Yield each file path to read (``"-"`` for stdin) or a Reject for what cannot be.

    A path given explicitly is read whatever it is (a FIFO such as ``<(zcat x)``
    included); inside a walked directory only regular files are read, since
    opening a FIFO nobody writes to would block forever.
    """
    for given in inputs:
        if given == STDIN:
            yield STDIN
            continue
        try:
            info = os.stat(given)
        except OSError as err:
            yield Reject(Origin(given), _os_reason(err))
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk(given, ((info.st_dev, info.st_ino),))
        else:
            yield given


def _walk(directory: str, ancestors: tuple[tuple[int, int], ...]) -> Iterator[str | Reject]:
    try:
        with os.scandir(directory) as scan:
            names = sorted(entry.name for entry in scan if not entry.name.startswith("."))
    except OSError as err:
        yield Reject(Origin(directory), f"cannot list directory: {_os_reason(err)}")
        return
    for name in names:
        path = os.path.join(directory, name)
        try:
            info = os.stat(path)  # follows symlinks
        except OSError as err:
            yield Reject(Origin(path), _os_reason(err))
            continue
        if stat.S_ISDIR(info.st_mode):
            key = (info.st_dev, info.st_ino)
            if key in ancestors:
                yield Reject(Origin(path), f"symlink loop: {path} -> {_target(path)}")
                continue
            yield from _walk(path, (*ancestors, key))
        elif stat.S_ISREG(info.st_mode):
            yield path
        else:
            yield Reject(Origin(path), f"not a regular file ({_kind(info.st_mode)})")

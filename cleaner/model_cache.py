"""An unpacked, memory-mapped copy of py3langid's model in the user's cache directory.

Nothing is downloaded: the arrays are the ones the installed wheel ships, unpacked once.
``CLEAN_ARTICLE_CACHE`` names another directory; ``CLEAN_ARTICLE_CACHE=off`` disables the
copy (every process then unpacks the model itself). A missing, partial or foreign copy is
ignored and written again; a directory that cannot be written is not an error.
"""

from __future__ import annotations

import contextlib
import json
import mmap
import os
import shutil
import tempfile
from array import array
from pathlib import Path
from typing import Any

Arrays = tuple[Any, Any, list[str], Any, Any, Any]


def _model_path() -> Path:
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    return Path(MODEL_DIR) / MODEL_FILE


def cache_dir() -> Path | None:
    setting = os.environ.get("CLEAN_ARTICLE_CACHE")
    if setting and setting.lower() in ("off", "0", "no", "false"):
        return None
    if setting:
        return Path(setting)
    base = Path(os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"))
    return base / "clean-article" if base.is_absolute() else None  # no home: no copy, never the cwd


KEEP = 3  # copies of one kind kept in the cache directory: the newest, for a few installs side by side


def _key() -> str:
    """Names the copy after the model it came from (the package's version and the file's size): a
    new release, a new copy; the same release installed again (a new environment) uses the same."""
    from importlib import metadata

    try:
        version = metadata.version("py3langid")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return f"py3langid-{version}-{_model_path().stat().st_size}"


def prune(base: Path, prefix: str, keep: int = KEEP) -> None:
    """Remove all but the ``keep`` newest copies named ``prefix-*`` (files or folders) in ``base``,
    so that new releases and rules do not pile copies up in the user's cache."""
    with contextlib.suppress(OSError):
        copies = sorted(base.glob(f"{prefix}-*"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in copies[keep:]:
            with contextlib.suppress(OSError):
                if old.is_dir():
                    shutil.rmtree(old)
                else:
                    old.unlink()


def _folder() -> Path | None:
    base = cache_dir()
    if base is None:
        return None
    try:
        return base / _key()
    except OSError:
        return None


def _mapped(path: Path, typecode: str) -> memoryview:
    with path.open("rb") as fh:
        data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    _scattered(data)
    return memoryview(data).cast("B").cast(typecode)


def _uncached(folder: Path) -> None:
    """Write the copy's files out and drop them from the page cache: a process maps, around each
    page it reads, the neighbours the cache holds, so a copy left whole in the cache after writing
    it counts 30 MB more in every later process's resident memory than the pages it reads."""
    advise = getattr(os, "posix_fadvise", None)
    for item in folder.iterdir():
        with contextlib.suppress(OSError), item.open("rb") as fh:
            os.fsync(fh.fileno())
            if advise is not None:
                advise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


def _scattered(data: mmap.mmap | None) -> None:
    """Tell the kernel that reads of ``data`` jump about (a tokenizer's transitions, a few rows of
    the model per text): without the hint each page read brings its neighbours into the
    process's memory as well, tens of megabytes of a model a run reads a fraction of."""
    advice = getattr(mmap, "MADV_RANDOM", None)
    if data is not None and advice is not None:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            data.madvise(advice)


def load() -> Arrays | None:
    """The cached arrays, memory-mapped; None when there is no complete copy."""
    import numpy as np

    folder = _folder()
    if folder is None:
        return None
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        ptc = np.load(folder / "ptc.npy", mmap_mode="r")
        _scattered(getattr(ptc, "_mmap", None))
        pc = np.load(folder / "pc.npy")
        nextmove = _mapped(folder / "nextmove.bin", meta["nextmove"])
        row = array(meta["row"])
        row.frombytes((folder / "row.bin").read_bytes())
        out = _mapped(folder / "out.bin", "i")
        if ptc.shape[1] != len(meta["classes"]) or len(row) != len(out):
            return None
        return ptc, pc, list(meta["classes"]), nextmove, row, out
    except (OSError, ValueError, KeyError, TypeError):
        return None


def unpack_and_store() -> Arrays:
    """Unpack the shipped model; write the copy when the cache directory allows it."""
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, out = load_model(_model_path())
    folder = _folder()
    if folder is not None:
        with contextlib.suppress(OSError):  # a read-only home is not an error
            _store(folder, ptc, pc, classes, nextmove, row, out)
    return ptc, pc, classes, nextmove, row, out


def _store(folder: Path, ptc: Any, pc: Any, classes: list[str], nextmove: array, row: array, out: list[int]) -> None:
    import numpy as np

    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=folder.parent))
    try:
        np.save(tmp / "ptc.npy", np.ascontiguousarray(ptc))
        np.save(tmp / "pc.npy", np.asarray(pc))
        (tmp / "nextmove.bin").write_bytes(nextmove.tobytes())
        (tmp / "row.bin").write_bytes(row.tobytes())
        (tmp / "out.bin").write_bytes(array("i", out).tobytes())
        meta = {"classes": list(classes), "nextmove": nextmove.typecode, "row": row.typecode}
        (tmp / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        _uncached(tmp)
        with contextlib.suppress(OSError):  # whole or not at all; another process may have won the race
            tmp.rename(folder)
            prune(folder.parent, "py3langid")
    finally:
        if tmp.exists():
            for item in tmp.iterdir():
                item.unlink()
            tmp.rmdir()

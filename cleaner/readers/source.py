"""Open an input as a decompressed byte stream, with its first bytes kept for sniffing.

Compression is recognised by magic bytes, not by the name, so a mislabelled
``.txt`` that is really gzip still opens; layers are peeled while the content
still starts with a compression magic (``x.jsonl.gz.zst``). Every failure
while reading -- a truncated or damaged stream, an OS error -- surfaces as
:class:`InputError` whose text is the reason shown to the user, so readers
can turn it into a ``Reject`` at the record they had reached.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import select
import stat
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import BinaryIO

import zstandard

from cleaner.model import Origin, Reject

from ..text import human_size

#: How much decompressed content is kept for sniffing the format.
HEAD_BYTES = 64 * 1024
_BUFFER = 64 * 1024
_MAX_LAYERS = 3
# bz2: "BZh" + block size digit + block magic (pi) or end-of-stream magic (sqrt(pi)).
_BZ2_BLOCKS = (b"\x31\x41\x59\x26\x53\x59", b"\x17\x72\x45\x38\x50\x90")


class InputError(Exception):
    """An input could not be read (further); ``str(error)`` is the reason for the user."""


def compression_of(head: bytes) -> str | None:
    """The compression format whose magic starts ``head``, if any."""
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"\xfd7zXZ\x00"):
        return "xz"
    if head.startswith(b"\x28\xb5\x2f\xfd"):
        return "zstd"
    if head[:3] == b"BZh" and head[3:4].isdigit() and head[4:10] in _BZ2_BLOCKS:
        return "bz2"
    return None


class _ZstdReader(io.RawIOBase):
    """Streaming zstd decompression that notices truncation.

    ``zstandard``'s own ``stream_reader`` ends silently when the input stops
    mid-frame; here a frame that has started but not finished when the input
    runs out raises ``EOFError``, like the stdlib readers do. Input is fed in
    small pieces so one call cannot expand into an unbounded amount of output.
    """

    _FEED = 1024  # zstd expands at most ~32768x (RLE blocks): <= 32 MiB out per call

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__()
        self._raw = raw
        self._dctx = zstandard.ZstdDecompressor()
        self._obj = self._dctx.decompressobj()
        self._in_frame = False
        self._pending = b""
        self._out = bytearray()
        self._done = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        while not self._out and not self._done:
            self._fill()
        n = min(len(buffer), len(self._out))
        buffer[:n] = self._out[:n]
        del self._out[:n]
        return n

    def _fill(self) -> None:
        chunk = self._pending or self._raw.read(self._FEED)
        self._pending = b""
        if not chunk:
            if self._in_frame:
                raise EOFError("zstd stream ended before the end of its frame")
            self._done = True
            return
        self._in_frame = True
        self._out += self._obj.decompress(chunk)
        if self._obj.eof:
            rest = self._obj.unused_data
            self._obj = self._dctx.decompressobj()
            self._in_frame = False
            # Padding after the last frame is tolerated; anything else is a new frame.
            self._pending = rest if rest.strip(b"\x00") else b""


def _decompressor(fmt: str, raw: BinaryIO) -> BinaryIO:
    if fmt == "gzip":
        return gzip.GzipFile(fileobj=raw, mode="rb")
    if fmt == "bz2":
        return bz2.BZ2File(raw, mode="rb")
    if fmt == "xz":
        return lzma.LZMAFile(raw, mode="rb")
    return _ZstdReader(raw)  # type: ignore[return-value]


# What the decompressors raise for corrupt data (gzip and bz2 raise OSError without errno).
_DATA_ERRORS: tuple[type[BaseException], ...] = (zlib.error, lzma.LZMAError, zstandard.ZstdError)


class _Guarded(io.RawIOBase):
    """Counts what a stream delivers and turns its failures into :class:`InputError`.

    ``unread`` puts the sniffed head back in front, so the head is read once
    but still seen by the format reader. A failure met while reading the head
    is held back until the reader asks for more, so records that precede the
    damage are still delivered.
    """

    def __init__(self, inner: BinaryIO, fmt: str | None, *, fresh: bool = False) -> None:
        super().__init__()
        self._inner = inner
        # read1: one underlying read per call, so bytes decoded before a failure are
        # delivered first instead of being dropped with a half-filled buffer.
        self._read = getattr(inner, "read1", inner.read)
        if fresh and (fd := _pipe_fd(inner)) is not None:
            # read past its (still empty) buffer: a pipe's bytes come straight from the descriptor
            self._read = _waiting_read(fd)
        self._fmt = fmt
        self.count = 0
        self._front = b""
        self._failure: InputError | None = None

    def readable(self) -> bool:
        return True

    def unread(self, data: bytes) -> None:
        self._front = data + self._front

    def hold(self, failure: InputError) -> None:
        self._failure = failure

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        if self._front:
            n = min(len(buffer), len(self._front))
            buffer[:n] = self._front[:n]
            self._front = self._front[n:]
            return n
        if self._failure is not None:
            raise self._failure
        try:
            data = self._read(len(buffer))
        except EOFError as err:
            raise self._fail(f"truncated {self._fmt} stream after {self.count} bytes") from err
        except OSError as err:
            if err.errno is not None:  # the OS failed, not the data
                raise self._fail(f"read error after {self.count} bytes: {err.strerror}") from err
            raise self._fail(self._damaged(err)) from err
        except _DATA_ERRORS as err:
            raise self._fail(self._damaged(err)) from err
        n = len(data)
        buffer[:n] = data
        self.count += n
        return n

    def _damaged(self, err: BaseException) -> str:
        what = f"damaged {self._fmt} stream" if self._fmt else "damaged stream"
        return f"{what} after {self.count} bytes: {err}"

    def _fail(self, reason: str) -> InputError:
        self._failure = InputError(reason)
        return self._failure

    def close(self) -> None:
        try:
            self._inner.close()
        finally:
            super().close()


_POLL = 0.5  # seconds a read of a pipe waits before the interpreter may run a signal's handler


def _pipe_fd(raw: object) -> int | None:
    """The descriptor of a pipe, FIFO or terminal that ``raw`` reads (not a regular file)."""
    try:
        fd = raw.fileno()  # type: ignore[attr-defined]
        return None if stat.S_ISREG(os.fstat(fd).st_mode) else fd
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return None


def _waiting_read(fd: int) -> Callable[[int], bytes]:
    """Reads of a pipe in short waits: a SIGTERM or Ctrl-C that lands just before a blocking
    read() leaves it waiting for bytes that may never come (the writer holds the pipe open);
    select() with a timeout returns to the interpreter, which runs the handler that stops the run."""
    def read(n: int) -> bytes:
        while not select.select([fd], [], [], _POLL)[0]:
            pass
        return os.read(fd, n)
    return read


def _read_head(stream: _Guarded, size: int) -> bytes:
    """Up to ``size`` bytes from the start; a failure is held for the reader to meet."""
    parts: list[bytes] = []
    got = 0
    buffer = bytearray(min(size, _BUFFER))
    while got < size:
        view = memoryview(buffer)[: min(len(buffer), size - got)]
        try:
            n = stream.readinto(view)
        except InputError as err:
            stream.hold(err)
            break
        if not n:
            break
        parts.append(bytes(view[:n]))
        got += n
    return b"".join(parts)


@dataclass
class Source:
    """A decompressed input: ``stream`` reads from the start; ``head`` is its first bytes."""

    name: str
    stream: io.BufferedReader
    head: bytes
    compression: list[str] = field(default_factory=list)
    _closers: list[Callable[[], None]] = field(default_factory=list, repr=False)

    def close(self) -> None:
        for closer in reversed(self._closers):
            try:
                closer()
            except (OSError, *_DATA_ERRORS, EOFError):
                pass  # closing a damaged stream may complain again; the reason is already out


def open_source(name: str, raw: BinaryIO, *, close_raw: bool = True, fresh: bool = False) -> Source:
    """Wrap ``raw`` (a file or stdin) as a :class:`Source`, peeling compression layers. ``fresh``:
    nothing has read from ``raw`` yet (a file just opened, the process's own stdin), so a pipe
    behind it may be read in signal-friendly waits."""
    closers: list[Callable[[], None]] = [raw.close] if close_raw else []
    guarded = _Guarded(raw, None, fresh=fresh)
    head = _read_head(guarded, HEAD_BYTES)
    layers: list[str] = []
    while len(layers) < _MAX_LAYERS and (fmt := compression_of(head)) is not None:
        guarded.unread(head)
        inner = io.BufferedReader(guarded, _BUFFER)
        guarded = _Guarded(_decompressor(fmt, inner), fmt)  # type: ignore[arg-type]
        closers.append(guarded.close)
        layers.append(fmt)
        head = _read_head(guarded, HEAD_BYTES)
    guarded.unread(head)
    return Source(name, io.BufferedReader(guarded, _BUFFER), head, layers, closers)


def open_path(path: str) -> Source:
    """Open a file by path; OS failures become :class:`InputError` with the OS reason."""
    try:
        raw = open(path, "rb")  # noqa: SIM115 -- closed by Source.close
    except OSError as err:
        raise InputError(f"cannot open: {err.strerror or err}") from err
    try:
        return open_source(path, raw, fresh=True)
    except BaseException:
        raw.close()
        raise


def read_bounded(path: str, stream: io.BufferedReader, limit: int, what: str, advice: str = "") -> bytes | Reject:
    """A whole file that must be parsed at once (a JSON document, a feed), read up to ``limit``
    bytes; a Reject naming ``what`` (and ``advice``) when it is larger, or when reading it fails."""
    try:
        data = stream.read(limit + 1)
    except InputError as err:
        return Reject(Origin(path), f"damaged input: {err}")
    if len(data) > limit:
        return Reject(Origin(path), f"{what} larger than {human_size(limit)} limit{advice}")
    return data

"""The ``clean-article`` command: options in, ``batch.run`` does the work.

``clean-article INPUT...`` cleans; ``clean-article state stats|show|export PATH`` asks the
tracking store. A first argument that names a subcommand is never taken for an input file.
"""

from __future__ import annotations

import difflib
import functools
import gc
import os
import re
import signal
import sqlite3
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from .dedup.store import Store
    from .model import Article, Reject

# The pipeline, the rules and the store are imported by the commands that use them, so that
# ``--version`` and ``--help`` answer without loading trafilatura, numpy and the rule files.

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_OUTPUT = 3
EXIT_BUSY = 4
EXIT_INTERRUPTED = 130
GC_YOUNG = 20_000  # allocations between collections of the young generation (Python: 700)

EPILOG = """\b
Examples:
  clean-article seeds/                          # every dump under seeds/, records to stdout
  clean-article dump.jsonl.gz -o clean.jsonl --rejects rejects.jsonl
  clean-article crawl.warc.gz -j 4 --state seen.sqlite -o new.jsonl   # daily run: only new articles
  cat page.html | clean-article - --explain     # what was removed, and by which rule

\b
Exit codes: 0 the run completed (even if some inputs were rejected),
2 usage error, 3 the output, the state or temporary files could not be
written (disk full, permissions, unusable --state file), 4 another run
held the --state file past --wait, 130 interrupted (SIGINT or SIGTERM;
outputs and state are left as they were).
"""
# Control characters (a newline in a file name or an error message) would split a
# reject over several stderr lines; they are shown escaped instead.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """``text`` with control characters escaped (``\\n``, ``\\x00``), so it prints as one line."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


class _Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C: clean up, leave outputs and state as they were."""


class _Interrupts:
    """SIGINT and SIGTERM stop the run, except while the outputs and the store are committed.

    The output, the rejects file and the store are committed one after the
    other; a signal between two of them would leave a new output beside old
    rejects or an old store. During that short step the signal is held and the
    run completes.
    """

    def __init__(self) -> None:
        self.holding = False
        self.held: int | None = None

    def __call__(self, signum: int, frame: Any) -> None:
        if self.holding:
            self.held = signum
            return
        raise _Terminated() if signum == signal.SIGTERM else KeyboardInterrupt()

    def install(self) -> dict[int, Any]:
        return {sig: signal.signal(sig, self) for sig in (signal.SIGINT, signal.SIGTERM)}


def _progress(enabled: bool):  # type: ignore[no-untyped-def]
    if not enabled:
        return None
    from tqdm import tqdm

    def wrap(items: Iterable[Any], label: str) -> Iterable[Any]:
        return tqdm(items, desc=label, unit="doc", file=sys.stderr, leave=False, dynamic_ncols=True)

    return wrap


class _Entry(click.Group):
    """Dispatch to ``state`` when asked, to the cleaning command otherwise."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or args[0] not in self.commands:
            args = ["clean", *args]
        return super().parse_args(ctx, args)


@click.group(cls=_Entry, context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Turn raw scraped dumps into clean article records; ask the tracking store."""
    # A run allocates many short-lived objects and keeps few: collecting the young generation
    # every 700 allocations costs a tenth of the run, every 20,000 almost nothing.
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])


@main.command("clean", epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default=None,
              help="Write records here (JSONL, replaced atomically). Default: stdout.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="Worker processes (0 = one per core). Output is identical to -j 1.")
@click.option("--explain", is_flag=True,
              help="Print each document's lines to stdout, marking what was removed and by "
                   "which rule (records then go only to --output).")
@click.option("--rejects", type=click.Path(dir_okay=False, allow_dash=False), default=None,
              help="Write inputs that could not be processed here (JSONL, with the reason).")
@click.option("--keep-duplicates", is_flag=True,
              help="Also write folded copies, with duplicate_of set to the kept record's id.")
@click.option("--state", type=click.Path(dir_okay=False), default=None,
              help="SQLite tracking store: articles seen in earlier runs are not written again.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="Where the work runs: this machine's process pool, or a Ray cluster (the 'ray' extra).")
@click.option("--ray-address", default=None, metavar="ADDRESS",
              help="With --engine ray: the cluster to join (default: start a local Ray runtime).")
@click.option("--revisions/--no-revisions", default=True, show_default=True,
              help="With --state: a known article whose text changed is written again as its next version.")
@click.option("--wait", type=click.FloatRange(min=0), default=30, show_default=True, metavar="SECONDS",
              help="With --state: wait this long for another run on the same state to finish.")
@click.option("--rules", "rules", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra priors (JSON: brands, domains, outlets, phrase families). Repeatable.")
@click.option("--no-templates", is_flag=True,
              help="Do not learn site templates (lines repeated across a site's pages).")
@click.option("--max-record-mb", type=click.IntRange(min=1), default=32, show_default=True,
              help="Reject any single document larger than this.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal).")
@click.option("-q", "--quiet", is_flag=True, help="No per-reject lines and no summary on stderr.")
@click.version_option(package_name="clean-article")
def clean_command(
    inputs: tuple[str, ...],
    output: str | None,
    jobs: int,
    explain: bool,
    rejects: str | None,
    keep_duplicates: bool,
    state: str | None,
    engine: str,
    ray_address: str | None,
    revisions: bool,
    wait: float,
    rules: tuple[str, ...],
    no_templates: bool,
    max_record_mb: int,
    progress: bool | None,
    quiet: bool,
) -> None:
    """Turn raw scraped dumps into clean article records (JSONL).

    See also ``clean-article state --help`` for asking the tracking store.

    INPUT is a file (text, HTML, JSON, JSONL, WARC; gzip/bz2/xz/zstd or not),
    a directory (walked recursively) or - for stdin. Each record carries the
    clean title, body, outlet (source), language, and what was removed and why.
    """
    from .batch import Options, run
    from .dedup.journal import clear_journal, write_journal
    from .dedup.lock import StateBusy
    from .dedup.store import StoreError
    from .strip import load_rules
    from .writers import Outputs

    options = Options(
        jobs=jobs or (os.cpu_count() or 1),
        rules=tuple(rules),
        keep_duplicates=keep_duplicates,
        state=state,
        explain=explain,
        learn_templates=not no_templates,
        max_record_bytes=max_record_mb * 2**20,
        wait=wait,
        revisions=revisions,
    )
    missing = [p for p in inputs if p != "-" and not os.path.lexists(p)]
    if missing:  # a mistyped path fails loudly, before anything is written
        raise click.BadParameter(one_line(f"no such file or directory: {', '.join(missing)}"), param_hint="INPUT")
    try:  # a broken rules file is a usage error, found before any output is opened
        load_rules(tuple(rules))
    except (OSError, ValueError, TypeError, AttributeError) as err:
        raise click.BadParameter(one_line(f"{', '.join(rules)}: {err}"), param_hint="'--rules'") from None
    if explain and output is None:
        output = os.devnull
    show = sys.stderr.isatty() if progress is None else progress
    interrupts = _Interrupts()
    previous = interrupts.install()
    journal = {"open": False, "renamed": False}
    try:
        with Outputs(output, rejects) as outs:

            def write(article: Article) -> None:
                outs.records.write(article.to_dict())

            def reject(item: Reject) -> None:
                if outs.rejects is not None:
                    outs.rejects.write(item.to_dict())
                if not quiet:
                    click.echo(one_line(f"clean-article: rejected {item.origin}: {item.reason}"), err=True)

            def before_commit() -> None:
                interrupts.holding = True  # from here on the run completes: outputs and store together
                if state and outs.records.tmp is not None and outs.records.path is not None:
                    write_journal(state, outs.records.path, outs.records.tmp)
                    journal["open"] = True
                outs.commit()
                journal["renamed"] = True

            runner: Any = run
            if engine == "ray":
                from . import ray_engine

                runner = functools.partial(ray_engine.run, address=ray_address)
            summary = runner(
                list(inputs), options, write=write, reject=reject,
                report=click.echo if explain else None, progress=_progress(show), before_commit=before_commit,
            )
    except BrokenPipeError:
        # The reader went away (`clean-article ... | head`): stop quietly.
        _silence_stdout()
        sys.exit(EXIT_OK)
    except KeyboardInterrupt:
        click.echo("clean-article: interrupted; outputs and state left as they were", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except StateBusy as err:
        click.echo(one_line(f"clean-article: {err}; nothing was written"), err=True)
        sys.exit(EXIT_BUSY)
    except (OSError, sqlite3.Error, StoreError) as err:
        # The output, temporary spool files or the tracking store could not be written.
        click.echo(one_line(f"clean-article: {_describe(err)}"), err=True)
        sys.exit(EXIT_OUTPUT)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if state and journal["open"] and not journal["renamed"]:
            clear_journal(state)  # the output was not delivered after all
    if state:
        clear_journal(state)  # the store has committed what the output delivered
    if interrupts.held is not None:
        click.echo(f"clean-article: {signal.Signals(interrupts.held).name} received while committing; "
                   "the run completed", err=True)
    if not quiet:
        click.echo(f"clean-article: {summary.line()}", err=True)


def _describe(err: BaseException) -> str:
    from .writers import OutputError

    if isinstance(err, OutputError):
        return str(err)
    if isinstance(err, OSError) and err.strerror:
        where = f" ({err.filename})" if err.filename else ""
        return f"cannot write working files{where}: {err.strerror}"
    if isinstance(err, sqlite3.Error):
        return f"tracking store failed: {err}"
    return str(err)


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at devnull so interpreter shutdown stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass


# -- asking the tracking store -------------------------------------------------------------


@main.group("state")
def state_group() -> None:
    """Ask a tracking store (--state PATH): what it holds, one article's history, everything."""


def _open_store(path: str) -> Store:
    from .dedup.store import Store, StoreError

    if not os.path.exists(path):
        raise click.BadParameter(f"no such state file: {path}", param_hint="PATH")
    try:
        return Store.open(path, timeout=5)
    except (StoreError, sqlite3.Error) as err:
        click.echo(one_line(f"clean-article: {err}"), err=True)
        sys.exit(EXIT_USAGE)


@state_group.command("stats")
@click.argument("path")
@click.option("--runs", "show_runs", type=click.IntRange(min=0), default=10, show_default=True,
              help="How many of the latest runs to list.")
def state_stats(path: str, show_runs: int) -> None:
    """Articles, versions, sightings, runs and size on disk; the latest runs."""
    from .text import human_size

    with _open_store(path) as store:
        stats = {**store.stats(), "bytes": store.disk_bytes()}
        for key, value in stats.items():
            click.echo(f"{key:<10} {human_size(value) if key == 'bytes' else value}")
        for run in store.runs(show_runs):
            counts = ", ".join(f"{k} {v}" for k, v in run["counts"].items())
            click.echo(f"run {run['run']}: {run['started']} -> {run['finished']}  {counts}  "
                       f"({', '.join(run['inputs'])})")


@state_group.command("show")
@click.argument("path")
@click.argument("key", metavar="ID|URL")
@click.option("--diff", "diff_versions", nargs=2, type=int, default=None, metavar="A B",
              help="Show the text diff between versions A and B (default: the last two).")
def state_show(path: str, key: str, diff_versions: tuple[int, int] | None) -> None:
    """One article's versions, when and where each was seen, and the diff between two versions."""
    with _open_store(path) as store:
        aid = store.find(key)
        if aid is None:
            click.echo(f"clean-article: no article with id or URL {key!r} in {path}", err=True)
            sys.exit(EXIT_USAGE)
        history = store.history(aid)
    click.echo(f"article {history['article']}  ({history['lang']})  {history['title']}")
    click.echo(f"seen {history['count']} times, {history['first_seen']} .. {history['last_seen']}")
    for version in history["versions"]:
        click.echo(f"  version {version['version']}: {version['id']}  {version['seen']}")
    for sighting in history["sightings"]:
        click.echo(f"  seen {sighting['seen']}  {sighting['origin']}  {sighting['url'] or ''}".rstrip())
    texts = {v["version"]: v["text"] for v in history["versions"]}
    a, b = diff_versions or (max(1, len(texts) - 1), len(texts))
    if a != b and texts.get(a) is not None and texts.get(b) is not None:
        diff = difflib.unified_diff(texts[a].split("\n\n"), texts[b].split("\n\n"),
                                    f"version {a}", f"version {b}", lineterm="", n=1)
        click.echo("\n".join(diff))


@state_group.command("export")
@click.argument("path")
def state_export(path: str) -> None:
    """Every article's history as JSONL (latest version last), for audits and migrations."""
    from .writers import dumps

    with _open_store(path) as store:
        for history in store.export():
            sys.stdout.buffer.write(dumps(history))


if __name__ == "__main__":  # pragma: no cover
    main()

"""Command line: options in, library call, rendered text out, exit code.

Each command turns its options into a Config, calls the library and writes
what a formatter renders. Errors a user can cause are ``ClaimcheckError``s,
printed here as one line on stderr with exit status 2.

Start-up stays cheap: this module imports only what parsing the command line
needs. The pipeline (and the language model behind it), the config loader and
the evaluation are imported inside the commands that run them, so ``claimcheck
--version`` and ``claimcheck rule CC1`` answer at once.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TextIO

import typer
from typer.core import TyperCommand, TyperGroup

from claimcheck import __version__
from claimcheck.errors import ClaimcheckError, InputError
from claimcheck.exit_codes import BROKEN_PIPE, ERROR, FINDINGS, OK, FailOn, exit_code_of_kinds
from claimcheck.formatters import EXTENSION_FORMATS, FORMATTERS, OutputFormat
from claimcheck.rules import explain, find_rule, parse_check_ids, rule_index

if TYPE_CHECKING:
    from claimcheck.baseline import Baseline
    from claimcheck.config import Config
    from claimcheck.evaluate import Evaluation
    from claimcheck.models import Finding, Ledger, Report, SkippedFile, Source

# The base of the command-line parser's errors (click's, vendored by typer, which
# exports only some of them): found from one it does export.
USAGE_ERROR: type[Exception] = next(
    base for base in typer.BadParameter.__mro__ if base.__name__ == "ClickException"
)

# The environment variable that picks the report format when --format is not given.
FORMAT_ENV = "CLAIMCHECK_FORMAT"
AUTO = "auto"
FORMAT_NAMES = (*(f.value for f in OutputFormat), AUTO)
QUOTED_FORMAT_NAMES = ", ".join(repr(name) for name in FORMAT_NAMES)
# How often the progress display is redrawn, at most (as rich redraws on its own).
REDRAWS_PER_SECOND = 10

# What `claimcheck eval --format` takes (claimcheck.evaluate.EvaluationFormat; a test
# keeps the two equal, as it does for the config's format names).
EvaluationFormatName = Literal["table", "json"]


class StoriesMode(StrEnum):
    """How a run's articles are split into stories (``--stories``)."""

    auto = "auto"
    folders = "folders"
    none = "none"


class EngineMode(StrEnum):
    """Where a scan's work runs (``--engine``)."""

    local = "local"
    dask = "dask"


class ColorMode(StrEnum):
    """When to colour what a terminal shows (``--color``)."""

    auto = "auto"
    always = "always"
    never = "never"


def _terminated(signum: int, frame: object) -> None:
    """SIGTERM: unwind like Ctrl-C, so worker processes are stopped, and exit 143."""
    raise SystemExit(128 + signum)


def _plain_help_types(params: Sequence[Any]) -> None:
    """Show no value type for flags (typer writes ``<bool>`` on each) and, where a
    metavar names the value, only the metavar (typer adds ``<list[Path]>`` to arguments)."""
    for param in params:
        if getattr(param, "is_flag", False):
            param.metavar = ""
        elif param.metavar is not None and param.param_type_name == "argument":
            param.display_type_rich = lambda ctx: None


class PlainHelpCommand(TyperCommand):
    """A command whose ``--help`` names values by their metavar alone (see
    ``_plain_help_types``); the tests render it at 80 columns."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        """Render the help after dropping the type noise."""
        _plain_help_types(self.get_params(ctx))
        super().format_help(ctx, formatter)


class OneLineErrors(TyperGroup):
    """The command group, printing usage errors as one line on stderr (exit status 2).

    Click shows a usage block and typer a boxed panel; the README promises one line,
    as for every other error, and CI logs and scripts read it better. ``claimcheck``
    alone still prints the help.
    """

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the command line; usage errors become ``claimcheck: error: ...``."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        signal.signal(signal.SIGTERM, _terminated)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except USAGE_ERROR as error:
            if type(error).__name__ == "NoArgsIsHelpError":
                error.show()  # type: ignore[attr-defined]
                sys.exit(ERROR)
            text = error.format_message()  # type: ignore[attr-defined]
            message = " ".join(text.replace("Value error, ", "").split())
            print(f"claimcheck: error: {message}", file=sys.stderr)
            sys.exit(ERROR)
        except typer.Abort:
            print("Aborted!", file=sys.stderr)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else OK)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        """Render the help of ``claimcheck`` itself without type noise."""
        _plain_help_types(self.get_params(ctx))
        super().format_help(ctx, formatter)


app = typer.Typer(
    cls=OneLineErrors,
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Cross-check numeric and factual claims across articles about one story.",
)

# Help texts are rich markup, where text in square brackets is taken for a style tag and
# vanishes ("Report format ."): defaults are written "Default: ...", without brackets.
PathsArgument = Annotated[
    list[Path],
    typer.Argument(
        metavar="PATH",
        show_default=False,
        help="Article files or folders (.txt, .md, .html, .jsonl), read recursively; "
        "- reads standard input.",
    ),
]


def _stdout_for_dash(value: Path | None) -> Path | None:
    """'-o -' means standard output, as '-' means standard input for the articles."""
    return None if value is not None and str(value) == "-" else value


OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        callback=_stdout_for_dash,
        help="Write to FILE instead of stdout (- is stdout).",
    ),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        "-c",
        metavar="FILE",
        help="Config file. Default: claimcheck.toml (or pyproject.toml) near the paths.",
    ),
]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show tracebacks of errors.")]


def checks_option(name: str, help_text: str) -> Any:
    """A ``--select``/``--ignore`` style option: check ids, comma-separated or repeated."""
    return typer.Option(
        name, metavar="IDS", callback=check_ids_option, show_default=False, help=help_text
    )


QuietOption = Annotated[
    bool,
    typer.Option(
        "--quiet",
        "-q",
        help="Print only the report and errors: no progress and no notes on stderr.",
    ),
]
# Progress is on by default, so the option to name is the one that turns it off. A
# ``--progress/--no-progress`` pair would put the second name in a column of its own and
# squeeze every description of ``scan --help``; ``--progress`` is still accepted (hidden),
# and ``--no-progress`` wins over it, as ``--quiet`` does.
NoProgressOption = Annotated[
    bool,
    typer.Option(
        "--no-progress",
        help="Show no progress on stderr. Default: show it when stderr is a terminal.",
    ),
]
ProgressOption = Annotated[
    bool,
    typer.Option("--progress", hidden=True, help="Show progress (the default)."),
]
StoriesOption = Annotated[
    StoriesMode | None,
    typer.Option(
        "--stories",
        metavar="MODE",
        case_sensitive=False,
        show_default=False,
        help="Split the articles into stories, matching claims only within one: auto "
        "(by shared words and names), folders (one per folder) or none. Default: auto, "
        "or the config's stories.",
    ),
]
JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        metavar="N",
        show_default=False,
        help="Worker processes that read articles (0: one per core). Same output "
        "whatever N. Default: the config's jobs, else 0.",
    ),
]
ColorOption = Annotated[
    ColorMode,
    typer.Option(
        "--color",
        metavar="WHEN",
        help="Colour the report on stdout: auto, always or never. auto colours a "
        "terminal only; a non-empty NO_COLOR turns colour off, FORCE_COLOR on.",
    ),
]
StdinNameOption = Annotated[
    str,
    typer.Option(
        "--stdin-filename",
        metavar="NAME",
        help="Source id of the article read from stdin (path -).",
    ),
]
ForceExcludeOption = Annotated[
    bool,
    typer.Option(
        "--force-exclude",
        help="Apply the config's exclude patterns to files named directly.",
    ),
]


def _show_version(value: bool) -> None:
    """Print the version and stop (eager option)."""
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Show version."),
    ] = False,
) -> None:
    """Cross-check numeric and factual claims across articles about one story."""


def error_line(text: str) -> None:
    """Print one line on stderr, whatever --quiet says: an error or a warning."""
    print(text, file=sys.stderr)


@contextmanager
def reporting_errors(debug: bool) -> Iterator[None]:
    """Turn library errors into one line on stderr and exit status 2."""
    try:
        yield
    except BrokenPipeError:
        # The reader of stdout stopped (`| head`): stop too, quietly, as a Unix tool
        # killed by SIGPIPE would; nothing more can be written there.
        with contextlib.suppress(OSError, ValueError):  # stdout may be no file at all
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(code=BROKEN_PIPE) from None
    except ClaimcheckError as error:
        if debug:
            raise
        error_line(f"claimcheck: error: {error}")
        raise typer.Exit(code=ERROR) from None
    except Exception as error:  # a bug of ours: still one line, and how to see more
        if debug:
            raise
        error_line(
            f"claimcheck: internal error: {type(error).__name__}: {error} "
            "(run again with --debug for the traceback, and please report it)"
        )
        raise typer.Exit(code=ERROR) from None


class Notes:
    """What a run tells the user on stderr besides errors; ``--quiet`` silences it."""

    def __init__(self, quiet: bool) -> None:
        """:param quiet: print nothing (the report and errors still appear)"""
        self.quiet = quiet

    def __call__(self, text: str) -> None:
        """Print one note line, unless quiet."""
        if not self.quiet:
            print(text, file=sys.stderr)


def is_terminal(stream: TextIO) -> bool:
    """Whether a stream is an interactive terminal (not a pipe, file or CI log)."""
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty is not None and isatty())
    except ValueError:  # closed
        return False


def color_wanted(mode: ColorMode, stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """Whether to colour what is written to ``stream``.

    ``--color always``/``never`` win; then a non-empty ``NO_COLOR`` turns colour off
    (no-color.org), then a non-empty ``FORCE_COLOR`` turns it on (force-color.org);
    otherwise colour goes to a terminal only.
    """
    if mode is ColorMode.always:
        return True
    if mode is ColorMode.never:
        return False
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR"):
        return True
    return is_terminal(stream)


@contextmanager
def progress_bar(enabled: bool, color: ColorMode) -> Iterator[Callable[[str], None]]:
    """A transient progress display on stderr, shown only on a terminal.

    Whether stderr is a terminal is asked of the stream itself, not of rich (which
    counts ``FORCE_COLOR`` as a terminal): spinner frames must never reach a CI log.
    """
    if not (enabled and is_terminal(sys.stderr)):
        yield lambda _source_id: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TaskProgressColumn,
        TextColumn,
    )

    console = Console(
        file=sys.stderr,
        force_terminal=True,
        no_color=not color_wanted(color, sys.stderr),
        highlight=False,
    )
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[current]}"),
        console=console,
        transient=True,
        # Redrawn on each update rather than by a thread: the local engine forks its
        # workers, and a fork while another thread holds a lock can hang them.
        auto_refresh=False,
    ) as bar:
        yield ProgressDisplay(bar)


class ProgressDisplay:
    """What the pipeline reports to: each stage as a task (a bar with a percentage and a
    count when its total is known, a spinner otherwise), and each article as it is read."""

    def __init__(self, bar: Any) -> None:
        self.bar = bar
        self.task: Any = bar.add_task("starting", total=None, current="")
        self.drawn = 0.0

    def stage(self, name: str, total: int | None) -> None:
        """A new stage starts: it replaces the previous one on the display."""
        self.bar.remove_task(self.task)
        self.task = self.bar.add_task(name, total=total, current="")
        # Adding a task redraws the display.
        self.drawn = time.monotonic()

    def __call__(self, source_id: str) -> None:
        """One article is read."""
        self.bar.update(self.task, advance=1, current=source_id)
        self._redraw()

    def _redraw(self) -> None:
        """Redraw the display, at most ``REDRAWS_PER_SECOND`` times a second."""
        now = time.monotonic()
        if now - self.drawn >= 1 / REDRAWS_PER_SECOND:
            self.bar.refresh()
            self.drawn = now


def emit(text: str | Iterable[str], output: Path | None, colored: bool = False) -> None:
    """Write rendered output to a file (atomically) or to stdout; pieces of a stream are
    written as they come.

    :param colored: the text was coloured on purpose, so its escape codes are kept
        even where stdout is not a terminal (by default they are stripped there)
    """
    from claimcheck.output import pieces, write_atomically

    if output is None:
        for piece in pieces(text):
            typer.echo(piece, nl=False, color=True if colored else None)
    else:
        write_atomically(output, text)


def report_skipped(skipped: Sequence[SkippedFile], ignored: Mapping[str, int], note: Notes) -> None:
    """Tell the user, on stderr, which files were not used and why, and how many files of
    other types a folder walk left out."""
    from claimcheck.formatters.table import plural
    from claimcheck.load import ignored_summary

    for item in skipped:
        note(f"claimcheck: skipped {item.path}: {item.reason}")
    if skipped:
        note(f"claimcheck: {plural(len(skipped), 'file')} skipped")
    if ignored:
        note(f"claimcheck: {ignored_summary(ignored)}")


def report_cleaning(sources: Sequence[Source], note: Notes) -> None:
    """Tell the user what cleaning set aside, so nothing is dropped silently."""
    from claimcheck.formatters.table import plural

    for source in sources:
        if source.dropped:
            reasons = sorted({d.reason for d in source.dropped})
            stretches = plural(len(source.dropped), "stretch", "stretches")
            verb = "is" if len(source.dropped) == 1 else "are"
            note(
                f"claimcheck: {source.id}: set aside {stretches} "
                f"that {verb} not article prose ({'; '.join(reasons)})"
            )


def terminal_width() -> int:
    """The width a terminal report is laid out for (rich's guess: the terminal, or
    ``COLUMNS``, or 80)."""
    from rich.console import Console

    return Console(highlight=False).width


def render_report(
    report: Report,
    output_format: OutputFormat,
    to_stdout: bool,
    color: bool,
    select: Sequence[str] = (),
) -> str:
    """Render with the chosen formatter; the table adapts to the terminal it is shown on.

    :param select: the checks ``--select`` named; GitHub annotations are of their finding
        kinds (conflicts only when none is named). Other formats ignore it: the report
        already holds only those checks' findings.
    """
    if output_format is OutputFormat.table and to_stdout:
        from claimcheck.formatters import table

        return table.render(report, width=terminal_width(), color=color)
    if output_format is OutputFormat.github and select:
        from claimcheck.formatters import github

        return github.render(report, kinds=github.annotated_kinds(select))
    return FORMATTERS[output_format](report)


def render_evaluation(
    evaluation: Evaluation, output_format: EvaluationFormatName, to_stdout: bool, color: bool
) -> str:
    """Render an evaluation; like the report's table, this one adapts to the terminal."""
    from claimcheck.evaluate import render_json, render_table

    if output_format == "json":
        return render_json(evaluation)
    if to_stdout:
        return render_table(evaluation, width=terminal_width(), color=color)
    return render_table(evaluation)


def render_statistics(counts: Counter[tuple[str, str]]) -> str:
    """Counts per check, most frequent first, as ``--statistics`` prints them.

    One line per check with findings (``counts``: findings by check id and kind): the
    count (right-aligned), the check id and its finding kind; nothing when there are
    no findings.
    """
    counts = +counts
    if not counts:
        return ""
    width = len(str(max(counts.values())))
    rows = sorted(counts.items(), key=lambda row: (-row[1], row[0]))
    return "".join(f"{count:>{width}}  {check:<4} {kind}\n" for (check, kind), count in rows)


def scan_report(
    paths: Sequence[Path],
    config: Config,
    progress: Callable[[str], None] | None = None,
    stdin_name: str = "stdin",
) -> Report:
    """``claimcheck.pipeline.scan``, imported on first use (see the module's note on
    start-up)."""
    from claimcheck.pipeline import scan

    return scan(paths, config, progress, stdin_name)


def extract_ledger(paths: Sequence[Path], config: Config, stdin_name: str = "stdin") -> Ledger:
    """``claimcheck.pipeline.extract``, imported on first use."""
    from claimcheck.pipeline import extract

    return extract(paths, config, stdin_name=stdin_name)


def check_format_name(value: str | None) -> str | None:
    """Validate ``--format``: a format's name, or ``auto``."""
    if value is None:
        return None
    name = value.strip().lower()
    if name not in FORMAT_NAMES:
        raise typer.BadParameter(f"{value!r} is not one of {QUOTED_FORMAT_NAMES}.")
    return name


def check_ids_option(values: list[str] | None) -> list[str]:
    """Validate ``--select``/``--ignore``: check ids, comma-separated or repeated."""
    try:
        return sorted(parse_check_ids(values or []))
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


def auto_format(environ: Mapping[str, str]) -> OutputFormat:
    """What ``auto`` means here: annotations inside GitHub Actions, else the table."""
    return OutputFormat.github if environ.get("GITHUB_ACTIONS") == "true" else OutputFormat.table


def environment_format(environ: Mapping[str, str]) -> tuple[OutputFormat | None, str]:
    """The format ``CLAIMCHECK_FORMAT`` asks for (None when unset or empty), and its origin.

    :raises ClaimcheckError: when it names no format
    """
    value = environ.get(FORMAT_ENV, "").strip()
    if not value:
        return None, FORMAT_ENV
    if value.lower() not in FORMAT_NAMES:
        raise ClaimcheckError(f"{FORMAT_ENV}: {value!r} is not one of {QUOTED_FORMAT_NAMES}")
    if value.lower() == AUTO:
        return auto_format(environ), f"{FORMAT_ENV}={AUTO}"
    return OutputFormat(value.lower()), FORMAT_ENV


def choose_format(
    option: str | None, output: Path | None, environ: Mapping[str, str]
) -> tuple[OutputFormat | None, str]:
    """The report format the command line and environment ask for, and its origin.

    Strongest first: ``--format`` (``auto`` defers to the output file's extension,
    then picks by environment); the extension of ``-o FILE``; ``CLAIMCHECK_FORMAT``.
    None leaves the choice to the config file, then the default (table).

    :raises ClaimcheckError: when ``--format`` contradicts the file's extension, or
        ``CLAIMCHECK_FORMAT`` names no format
    """
    implied = EXTENSION_FORMATS.get(output.suffix.lower()) if output is not None else None
    from_file = (implied, f"-o {output.name}") if output is not None else (None, "")
    if option is not None and option != AUTO:
        chosen = OutputFormat(option)
        if implied is not None and chosen != implied:
            raise ClaimcheckError(
                f"{output}: the file name says {implied.value} but --format says "
                f"{chosen.value}; drop one of them"
            )
        return chosen, "--format"
    if implied is not None:
        return from_file
    if option == AUTO:
        return auto_format(environ), f"--format {AUTO}"
    return environment_format(environ)


def only_checks(report: Report, select: Sequence[str], ignore: Sequence[str]) -> Report:
    """The report with only the findings of the selected checks and not of the ignored
    ones (``--select``/``--ignore``); its summary counts what is kept."""
    if not select and not ignore:
        return report
    from claimcheck.pipeline import with_summary

    kept = [finding for finding in report.findings if selected(finding, select, ignore)]
    return with_summary(report.model_copy(update={"findings": kept}))


def selected(finding: Finding, select: Sequence[str], ignore: Sequence[str]) -> bool:
    """Whether ``--select`` (none: every check) and ``--ignore`` keep a finding."""
    return (not select or finding.check in select) and finding.check not in ignore


@app.command(cls=PlainHelpCommand)
def extract(
    paths: PathsArgument,
    output: OutputOption = None,
    config: ConfigOption = None,
    force_exclude: ForceExcludeOption = False,
    stdin_filename: StdinNameOption = "stdin",
    jobs: JobsOption = None,
    quiet: QuietOption = False,
    debug: DebugOption = False,
) -> None:
    """Write the ledger of atomic claims as JSON Lines, one claim per line."""
    note = Notes(quiet)
    with reporting_errors(debug):
        from claimcheck.config import resolve_config
        from claimcheck.formatters.ledger import render_claims
        from claimcheck.output import check_target

        if output is not None:
            check_target(output)
        overrides = {
            "force_exclude": (force_exclude or None, "--force-exclude"),
            "jobs": (jobs, "--jobs"),
        }
        settings = resolve_config(paths, config, overrides).config
        ledger = extract_ledger(paths, settings, stdin_name=stdin_filename)
        report_skipped(ledger.skipped, ledger.ignored, note)
        report_cleaning(ledger.sources, note)
        emit(render_claims(ledger.claims), output)


@app.command(cls=PlainHelpCommand)
def scan(
    paths: PathsArgument,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            callback=check_format_name,
            show_default=False,
            help="Report format: table, json, jsonl, csv, markdown, html, sarif, github, "
            "concise, or auto (github inside GitHub Actions, else table). Default: "
            f"${FORMAT_ENV}, else the config's format, else table.",
        ),
    ] = None,
    output: OutputOption = None,
    config: ConfigOption = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            "--fail-on",
            metavar="KIND",
            show_default=False,
            help="Findings that make the exit status 1: conflict, unsourced, any or never. "
            "Default: conflict, or the config's fail_on.",
        ),
    ] = None,
    stories: StoriesOption = None,
    jobs: JobsOption = None,
    engine: Annotated[
        EngineMode | None,
        typer.Option(
            "--engine",
            metavar="NAME",
            case_sensitive=False,
            show_default=False,
            help="Where the work runs: local (this machine's cores) or dask (a Dask "
            "cluster; pip install 'claimcheck\\[dask]'). Same output. Default: local, or "
            "the config's engine.",
        ),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            show_default=False,
            help="Dask scheduler for --engine dask (tcp://host:8786; '' for none). Default: "
            "the config's scheduler, else a cluster of --jobs workers started here.",
        ),
    ] = None,
    exit_zero: Annotated[
        bool,
        typer.Option(
            "--exit-zero",
            help="Exit 0 even when findings fail the run (errors still exit 2).",
        ),
    ] = False,
    select: Annotated[
        list[str] | None,
        checks_option(
            "--select",
            "Report only these checks (CC1,CC2,...; comma-separated or repeated). "
            "The github format annotates their findings, not only conflicts.",
        ),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        checks_option("--ignore", "Leave out these checks' findings (wins over --select)."),
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            "-b",
            metavar="FILE",
            help="Report only findings not in this baseline.",
        ),
    ] = None,
    statistics: Annotated[
        bool,
        typer.Option(
            "--statistics",
            help="Print counts per check instead of the report (which -o still writes).",
        ),
    ] = False,
    quiet: QuietOption = False,
    no_progress: NoProgressOption = False,
    progress: ProgressOption = False,  # the default: accepted, and nothing to do
    color: ColorOption = ColorMode.auto,
    force_exclude: ForceExcludeOption = False,
    stdin_filename: StdinNameOption = "stdin",
    debug: DebugOption = False,
) -> None:
    """Match claims across articles; report conflicts and unsourced claims."""
    note = Notes(quiet)
    with reporting_errors(debug):
        from claimcheck.baseline import apply_baseline, read_baseline
        from claimcheck.config import resolve_config
        from claimcheck.output import check_target

        if output is not None:
            check_target(output)
        overrides = {
            "format": choose_format(output_format, output, os.environ),
            "fail_on": (fail_on, "--fail-on"),
            "stories": (stories, "--stories"),
            "jobs": (jobs, "--jobs"),
            "engine": (engine, "--engine"),
            "scheduler": (scheduler, "--scheduler"),
            "force_exclude": (force_exclude or None, "--force-exclude"),
        }
        settings = resolve_config(paths, config, overrides).config
        if scheduler and settings.engine != "dask":
            raise InputError(
                "--scheduler names a Dask scheduler, which only --engine dask uses "
                '(or engine = "dask" in the config)'
            )
        accepted = read_baseline(baseline) if baseline is not None else None
        chosen = OutputFormat(settings.format)
        writes = not statistics or output is not None
        if chosen is OutputFormat.jsonl and (output is not None or not is_terminal(sys.stdout)):
            # Written story by story as the run goes: memory does not grow with the corpus.
            counts, report = stream_json_lines(
                paths,
                settings,
                stdin_filename,
                (select or [], ignore or []),
                accepted,
                (output, writes, not (no_progress or quiet), color),
            )
        else:
            with progress_bar(enabled=not (no_progress or quiet), color=color) as advance:
                report = scan_report(paths, settings, advance, stdin_filename)
            report = only_checks(report, select or [], ignore or [])
            if accepted is not None:
                report = apply_baseline(report, accepted)
            if writes:
                colored = output is None and color_wanted(color, sys.stdout)
                text = render_report(report, chosen, output is None, colored, select or [])
                emit(text, output, colored)
            counts = Counter((finding.check, finding.kind) for finding in report.findings)
        if accepted is not None:
            note(f"claimcheck: {report.summary.suppressed} finding(s) suppressed by {baseline}")
        report_skipped(report.skipped, report.ignored, note)
        report_cleaning(report.sources, note)
        if statistics:
            emit(render_statistics(counts), None)
    kinds = [kind for (_, kind), count in counts.items() if count]
    raise typer.Exit(code=OK if exit_zero else exit_code_of_kinds(kinds, FailOn(settings.fail_on)))


def stream_json_lines(
    paths: Sequence[Path],
    settings: Config,
    stdin_name: str,
    checks: tuple[Sequence[str], Sequence[str]],
    accepted: Baseline | None,
    writing: tuple[Path | None, bool, bool, ColorMode],
) -> tuple[Counter[tuple[str, str]], Report]:
    """Scan and write the JSON Lines report story by story (``JsonLinesStream``).

    :param checks: the ``--select`` and ``--ignore`` check ids
    :param accepted: the baseline whose findings are left out, if any
    :param writing: where to write (None: stdout), whether to write at all, whether to
        show progress, and the colour mode of the progress display
    :returns: the findings written by (check, kind), and the run's report without
        claims, groups or findings (its summary counts what was suppressed)
    """
    from claimcheck.formatters.jsonl import JsonLinesStream
    from claimcheck.pipeline import start_scan, with_summary

    select, ignore = checks
    output, writes, shown, color = writing
    accepted_ids = accepted.ids if accepted is not None else frozenset()
    suppressed = 0

    def keep(finding: Finding) -> bool:
        nonlocal suppressed
        if not selected(finding, select, ignore):
            return False
        if finding.id in accepted_ids:
            suppressed += 1
            return False
        return True

    with progress_bar(enabled=shown, color=color) as advance:
        stream = JsonLinesStream(start_scan(paths, settings, advance, stdin_name), keep)
        lines = stream.lines()
        if writes:
            emit(lines, output)
        else:
            for _ in lines:
                pass
    assert stream.report is not None  # every line was read
    return stream.counts, with_summary(stream.report, suppressed)


@app.command(cls=PlainHelpCommand, name="baseline")
def record_baseline(
    paths: PathsArgument,
    output: Annotated[
        Path,
        typer.Option("--output", "-o", metavar="FILE", help="Baseline file to write."),
    ] = Path("claimcheck-baseline.json"),
    config: ConfigOption = None,
    stories: StoriesOption = None,
    jobs: JobsOption = None,
    quiet: QuietOption = False,
    debug: DebugOption = False,
) -> None:
    """Record today's findings so that `scan --baseline` reports only new ones."""
    note = Notes(quiet)
    with reporting_errors(debug):
        from claimcheck.baseline import make_baseline, render_baseline
        from claimcheck.config import resolve_config
        from claimcheck.output import check_target, write_atomically

        check_target(output)
        overrides = {"stories": (stories, "--stories"), "jobs": (jobs, "--jobs")}
        report = scan_report(paths, resolve_config(paths, config, overrides).config)
        report_skipped(report.skipped, report.ignored, note)
        report_cleaning(report.sources, note)
        write_atomically(output, render_baseline(make_baseline(report)))
        note(f"claimcheck: recorded {len(report.findings)} finding(s) in {output}")


@app.command(cls=PlainHelpCommand, name="config")
def show_config(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="PATH",
            show_default=False,
            help="Paths whose config to show. Default: the current folder.",
        ),
    ] = None,
    config: ConfigOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
    debug: DebugOption = False,
) -> None:
    """Print the effective configuration and where each value came from."""
    with reporting_errors(debug):
        from claimcheck.config import resolve_config
        from claimcheck.errors import InputError

        for path in paths or ():
            if path != Path("-") and not path.exists():
                # As ``scan`` says: the config of a path that is not there is no config.
                raise InputError(f"{path}: no such file or folder")
        overrides = {"format": environment_format(os.environ)}
        resolved = resolve_config(paths or [Path(".")], config, overrides)
        if as_json:
            emit(
                json.dumps(resolved.model_dump(mode="json"), indent=1, sort_keys=True) + "\n", None
            )
            return
        lines = [f"# config file: {resolved.file or '(none: defaults)'}"]
        lines += [
            f"# {s.key} is not set  # {s.origin}"
            if s.value is None
            else f"{s.key} = {toml_value(s.value)}  # {s.origin}"
            for s in resolved.settings
        ]
        emit("\n".join(lines) + "\n", None)


def toml_value(value: Any) -> str:
    """A setting's value written as TOML (strings, numbers, booleans, arrays, inline tables),
    so that ``claimcheck config`` prints a file a user can copy."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        items = ", ".join(
            f"{key if re.fullmatch(r'[A-Za-z0-9_-]+', key) else json.dumps(key)} = "
            f"{toml_value(item)}"
            for key, item in value.items()
        )
        return f"{{ {items} }}" if items else "{}"
    if isinstance(value, list):
        return f"[{', '.join(toml_value(item) for item in value)}]"
    return json.dumps(value, ensure_ascii=False)


@app.command(cls=PlainHelpCommand, name="eval")
def score(
    gold: Annotated[
        Path, typer.Argument(metavar="GOLD", help="Gold file of expectations, by cluster.")
    ],
    report: Annotated[
        Path,
        typer.Argument(metavar="REPORT", help="Report of `claimcheck scan --format json`."),
    ],
    sources: Annotated[
        Path | None,
        typer.Option(
            "--sources",
            metavar="DIR",
            help="Folder of the quoted files. Default: the report's source folder.",
        ),
    ] = None,
    cluster: Annotated[
        str | None,
        typer.Option(
            "--cluster", metavar="NAME", help="Gold cluster to score against (needed when several)."
        ),
    ] = None,
    output_format: Annotated[
        EvaluationFormatName,
        typer.Option("--format", "-f", metavar="FORMAT", help="Output format: table or json."),
    ] = "table",
    output: OutputOption = None,
    color: ColorOption = ColorMode.auto,
    debug: DebugOption = False,
) -> None:
    """Score a scan report against gold: recall, forbidden and unexpected findings."""
    with reporting_errors(debug):
        from claimcheck.evaluate import evaluate, read_report
        from claimcheck.gold import read_gold

        name, expected = read_gold(gold).cluster(cluster)
        evaluation = evaluate(expected, read_report(report), sources, cluster=name)
        colored = output is None and color_wanted(color, sys.stdout)
        emit(render_evaluation(evaluation, output_format, output is None, colored), output, colored)
    raise typer.Exit(code=OK if evaluation.passed else FINDINGS)


@app.command(cls=PlainHelpCommand)
def schema(
    output: OutputOption = None,
    gold: Annotated[
        bool,
        typer.Option("--gold", help="Print the schema of a gold file instead."),
    ] = False,
    debug: DebugOption = False,
) -> None:
    """Print the JSON Schema of one ledger line (a claim), or of a gold file."""
    with reporting_errors(debug):
        from claimcheck.gold import GoldFile
        from claimcheck.models import Claim

        model = GoldFile if gold else Claim
        text = json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n"
        emit(text, output)


@app.command(cls=PlainHelpCommand, name="rule")
def explain_rule(
    check: Annotated[
        str | None,
        typer.Argument(
            metavar="ID",
            show_default=False,
            help="A check id (CC1) or finding kind (conflict). Default: list every check.",
        ),
    ] = None,
    debug: DebugOption = False,
) -> None:
    """Explain a check: what it flags, its rules, its severity, examples."""
    with reporting_errors(debug):
        emit(explain(find_rule(check)) if check is not None else rule_index(), None)

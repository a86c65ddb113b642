"""Command line: options in, library call, rendered text out, exit code.

Each command turns its options into a Config, calls the library and writes
what a formatter renders. Errors a user can cause are ``ClaimcheckError``s,
printed here as one line on stderr with exit status 2.
"""

from __future__ import annotations

import json
import signal
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn
from typer.core import TyperGroup

from claimcheck import __version__
from claimcheck.baseline import apply_baseline, make_baseline, read_baseline, render_baseline
from claimcheck.config import resolve_config
from claimcheck.errors import ClaimcheckError
from claimcheck.evaluate import (
    Evaluation,
    EvaluationFormat,
    evaluate,
    read_report,
    render_json,
    render_table,
)
from claimcheck.exit_codes import ERROR, FINDINGS, OK, FailOn, exit_code
from claimcheck.formatters import EXTENSION_FORMATS, FORMATTERS, OutputFormat, table
from claimcheck.formatters.ledger import render_claims
from claimcheck.gold import GoldFile, read_gold
from claimcheck.load import ignored_summary
from claimcheck.models import Claim, Report, SkippedFile, Source
from claimcheck.output import check_target, write_atomically
from claimcheck.pipeline import extract as extract_ledger
from claimcheck.pipeline import scan as scan_report

# The base of the command-line parser's errors (click's, vendored by typer, which
# exports only some of them): found from one it does export.
USAGE_ERROR: type[Exception] = next(
    base for base in typer.BadParameter.__mro__ if base.__name__ == "ClickException"
)


def _terminated(signum: int, frame: object) -> None:
    """SIGTERM: unwind like Ctrl-C, so worker processes are stopped, and exit 143."""
    raise SystemExit(128 + signum)


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


app = typer.Typer(
    cls=OneLineErrors,
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Cross-check numeric and factual claims across articles about one story.",
)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)

PathsArgument = Annotated[
    list[Path], typer.Argument(help="Article files or folders (.txt, .md), read recursively.")
]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to FILE instead of stdout.")
]
ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", "-c", help="Config file (default: claimcheck.toml near the paths)."),
]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show tracebacks of errors.")]
StdinNameOption = Annotated[
    str,
    typer.Option("--stdin-filename", help="Source id of the article read from stdin (path -)."),
]
ForceExcludeOption = Annotated[
    bool,
    typer.Option(
        "--force-exclude", help="Apply the config's exclude patterns to files named directly."
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


@contextmanager
def reporting_errors(debug: bool) -> Iterator[None]:
    """Turn library errors into one line on stderr and exit status 2."""
    try:
        yield
    except ClaimcheckError as error:
        if debug:
            raise
        stderr.print(f"claimcheck: error: {error}", markup=False)
        raise typer.Exit(code=ERROR) from None
    except Exception as error:  # a bug of ours: still one line, and how to see more
        if debug:
            raise
        stderr.print(
            f"claimcheck: internal error: {type(error).__name__}: {error} "
            "(run again with --debug for the traceback, and please report it)",
            markup=False,
        )
        raise typer.Exit(code=ERROR) from None


@contextmanager
def progress_bar(enabled: bool) -> Iterator[Callable[[str], None]]:
    """A transient progress display on stderr, shown only on a terminal."""
    if not (enabled and stderr.is_terminal):
        yield lambda _source_id: None
        return
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed} articles"),
        console=stderr,
        transient=True,
    ) as bar:
        task = bar.add_task("reading", total=None)

        def advance(source_id: str) -> None:
            bar.update(task, advance=1, description=source_id)

        yield advance


def emit(text: str, output: Path | None) -> None:
    """Write rendered output to a file (atomically) or to stdout."""
    if output is None:
        typer.echo(text, nl=False)
    else:
        write_atomically(output, text)


def report_skipped(skipped: list[SkippedFile], ignored: Mapping[str, int]) -> None:
    """Tell the user, on stderr, which files were not used and why, and how many files of
    other types a folder walk left out."""
    for item in skipped:
        stderr.print(f"claimcheck: skipped {item.path}: {item.reason}", markup=False)
    if skipped:
        stderr.print(f"claimcheck: {len(skipped)} file(s) skipped", markup=False)
    if ignored:
        stderr.print(f"claimcheck: {ignored_summary(ignored)}", markup=False)


def report_cleaning(sources: Sequence[Source]) -> None:
    """Tell the user what cleaning set aside, so nothing is dropped silently."""
    for source in sources:
        if source.dropped:
            reasons = sorted({d.reason for d in source.dropped})
            stderr.print(
                f"claimcheck: {source.id}: set aside {len(source.dropped)} stretch(es) "
                f"that are not article prose ({'; '.join(reasons)})",
                markup=False,
            )


def render_report(report: Report, output_format: OutputFormat, to_terminal: bool) -> str:
    """Render with the chosen formatter; the table adapts to the terminal it is shown on."""
    if output_format is OutputFormat.table and to_terminal:
        console = Console(highlight=False)
        return table.render(report, width=console.width, color=console.is_terminal)
    return FORMATTERS[output_format](report)


def render_evaluation(
    evaluation: Evaluation, output_format: EvaluationFormat, to_terminal: bool
) -> str:
    """Render an evaluation; like the report's table, this one adapts to the terminal."""
    if output_format is EvaluationFormat.json:
        return render_json(evaluation)
    if to_terminal:
        console = Console(highlight=False)
        return render_table(evaluation, width=console.width, color=console.is_terminal)
    return render_table(evaluation)


@app.command()
def extract(
    paths: PathsArgument,
    output: OutputOption = None,
    config: ConfigOption = None,
    force_exclude: ForceExcludeOption = False,
    stdin_filename: StdinNameOption = "stdin",
    debug: DebugOption = False,
) -> None:
    """Write the ledger of atomic claims as JSON Lines, one claim per line."""
    with reporting_errors(debug):
        if output is not None:
            check_target(output)
        overrides = {"force_exclude": (force_exclude or None, "--force-exclude")}
        settings = resolve_config(paths, config, overrides).config
        ledger = extract_ledger(paths, settings, stdin_name=stdin_filename)
        report_skipped(ledger.skipped, ledger.ignored)
        report_cleaning(ledger.sources)
        emit(render_claims(ledger.claims), output)


@app.command()
def scan(
    paths: PathsArgument,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option("--format", "-f", help="Report format [default: table, or from config]."),
    ] = None,
    output: OutputOption = None,
    config: ConfigOption = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Findings that make the exit status 1 [default: conflict]."),
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option("--baseline", "-b", help="Report only findings not in this baseline."),
    ] = None,
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="Show a progress bar on stderr.")
    ] = True,
    force_exclude: ForceExcludeOption = False,
    stdin_filename: StdinNameOption = "stdin",
    debug: DebugOption = False,
) -> None:
    """Match claims across articles; report conflicts and unsourced claims."""
    with reporting_errors(debug):
        if output is not None:
            check_target(output)
        implied = EXTENSION_FORMATS.get(output.suffix.lower()) if output is not None else None
        if output_format is not None and implied is not None and output_format != implied:
            raise ClaimcheckError(
                f"{output}: the file name says {implied.value} but --format says "
                f"{output_format.value}; drop one of them"
            )
        chosen_format = (
            (implied, f"-o {output.name}")
            if output is not None and implied is not None and output_format is None
            else (output_format, "--format")
        )
        overrides = {
            "format": chosen_format,
            "fail_on": (fail_on, "--fail-on"),
            "force_exclude": (force_exclude or None, "--force-exclude"),
        }
        settings = resolve_config(paths, config, overrides).config
        accepted = read_baseline(baseline) if baseline is not None else None
        with progress_bar(enabled=progress) as advance:
            report = scan_report(paths, settings, advance, stdin_filename)
        if accepted is not None:
            report = apply_baseline(report, accepted)
            stderr.print(
                f"claimcheck: {report.summary.suppressed} finding(s) suppressed by {baseline}",
                markup=False,
            )
        report_skipped(report.skipped, report.ignored)
        report_cleaning(report.sources)
        chosen = OutputFormat(settings.format)
        emit(render_report(report, chosen, to_terminal=output is None), output)
    raise typer.Exit(code=exit_code(report, FailOn(settings.fail_on)))


@app.command("baseline")
def record_baseline(
    paths: PathsArgument,
    output: Annotated[Path, typer.Option("--output", "-o", help="Baseline file to write.")] = Path(
        "claimcheck-baseline.json"
    ),
    config: ConfigOption = None,
    debug: DebugOption = False,
) -> None:
    """Record today's findings so that `scan --baseline` reports only new ones."""
    with reporting_errors(debug):
        check_target(output)
        report = scan_report(paths, resolve_config(paths, config).config)
        report_skipped(report.skipped, report.ignored)
        report_cleaning(report.sources)
        write_atomically(output, render_baseline(make_baseline(report)))
        stderr.print(
            f"claimcheck: recorded {len(report.findings)} finding(s) in {output}", markup=False
        )


@app.command("config")
def show_config(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Paths whose config to show [default: .].")
    ] = None,
    config: ConfigOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
    debug: DebugOption = False,
) -> None:
    """Print the effective configuration and where each value came from."""
    with reporting_errors(debug):
        resolved = resolve_config(paths or [Path(".")], config)
        if as_json:
            emit(
                json.dumps(resolved.model_dump(mode="json"), indent=1, sort_keys=True) + "\n", None
            )
            return
        lines = [f"config file: {resolved.file or '(none: defaults)'}"]
        lines += [
            f"{s.key} = {json.dumps(s.value, ensure_ascii=False)}  # {s.origin}"
            for s in resolved.settings
        ]
        emit("\n".join(lines) + "\n", None)


@app.command("eval")
def score(
    gold: Annotated[Path, typer.Argument(help="Gold file of expectations, by cluster.")],
    report: Annotated[Path, typer.Argument(help="Report of `claimcheck scan --format json`.")],
    sources: Annotated[
        Path | None,
        typer.Option(
            "--sources", help="Folder of the quoted files [default: the report's source folder]."
        ),
    ] = None,
    cluster: Annotated[
        str | None,
        typer.Option("--cluster", help="Gold cluster to score against (needed when several)."),
    ] = None,
    output_format: Annotated[
        EvaluationFormat, typer.Option("--format", "-f", help="Output format.")
    ] = EvaluationFormat.table,
    output: OutputOption = None,
    debug: DebugOption = False,
) -> None:
    """Score a scan report against gold: recall, forbidden and unexpected findings."""
    with reporting_errors(debug):
        name, expected = read_gold(gold).cluster(cluster)
        evaluation = evaluate(expected, read_report(report), sources, cluster=name)
        emit(render_evaluation(evaluation, output_format, to_terminal=output is None), output)
    raise typer.Exit(code=OK if evaluation.passed else FINDINGS)


@app.command()
def schema(
    output: OutputOption = None,
    gold: Annotated[
        bool, typer.Option("--gold", help="Print the schema of a gold file instead.")
    ] = False,
    debug: DebugOption = False,
) -> None:
    """Print the JSON Schema of one ledger line (a claim), or of a gold file."""
    with reporting_errors(debug):
        model = GoldFile if gold else Claim
        text = json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n"
        emit(text, output)

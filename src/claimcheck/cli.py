"""Command line: options in, library call, rendered text out, exit code.

Each command turns its options into a Config, calls the library and writes
what a formatter renders. Errors a user can cause are ``ClaimcheckError``s,
printed here as one line on stderr with exit status 2.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn

from claimcheck import __version__
from claimcheck.config import load_config
from claimcheck.errors import ClaimcheckError
from claimcheck.exit_codes import FailOn, exit_code
from claimcheck.formatters import FORMATTERS, OutputFormat, table
from claimcheck.models import Claim, Ledger
from claimcheck.output import write_atomically
from claimcheck.pipeline import extract as extract_ledger
from claimcheck.pipeline import scan as scan_report

app = typer.Typer(
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
        raise typer.Exit(code=2) from None


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


def render_claims_jsonl(claims: list[Claim]) -> str:
    """One JSON object per claim, keys sorted, so equal input gives equal bytes."""
    return "".join(
        json.dumps(claim.model_dump(mode="json"), sort_keys=True, ensure_ascii=False) + "\n"
        for claim in claims
    )


def report_loading(ledger: Ledger) -> None:
    """Tell the user which files were skipped and what cleaning set aside."""
    for skipped in ledger.skipped:
        stderr.print(f"claimcheck: skipped {skipped.path}: {skipped.reason}", markup=False)
    for source in ledger.sources:
        if source.dropped:
            reasons = sorted({d.reason for d in source.dropped})
            stderr.print(
                f"claimcheck: {source.id}: set aside {len(source.dropped)} stretch(es) "
                f"that are not article prose ({'; '.join(reasons)})",
                markup=False,
            )
    if ledger.skipped:
        stderr.print(f"claimcheck: {len(ledger.skipped)} file(s) skipped", markup=False)


@app.command()
def extract(
    paths: PathsArgument,
    output: OutputOption = None,
    config: ConfigOption = None,
    debug: DebugOption = False,
) -> None:
    """Write the ledger of atomic claims as JSON Lines, one claim per line."""
    with reporting_errors(debug):
        settings = load_config(paths, config)
        ledger = extract_ledger(paths, settings)
        report_loading(ledger)
        emit(render_claims_jsonl(ledger.claims), output)


@app.command()
def schema(output: OutputOption = None, debug: DebugOption = False) -> None:
    """Print the JSON Schema of one ledger line (a claim)."""
    with reporting_errors(debug):
        text = json.dumps(Claim.model_json_schema(), indent=2, sort_keys=True) + "\n"
        emit(text, output)


@app.command()
def scan(
    paths: PathsArgument,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Report format.")
    ] = OutputFormat.table,
    output: OutputOption = None,
    config: ConfigOption = None,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Which findings make the exit status 1.")
    ] = FailOn.conflict,
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="Show a progress bar on stderr.")
    ] = True,
    debug: DebugOption = False,
) -> None:
    """Match claims across articles; report conflicts and unsourced claims."""
    with reporting_errors(debug):
        settings = load_config(paths, config)
        with progress_bar(enabled=progress) as advance:
            report = scan_report(paths, settings, advance)
        for skipped in report.skipped:
            stderr.print(f"claimcheck: skipped {skipped.path}: {skipped.reason}", markup=False)
        if output_format is OutputFormat.table and output is None:
            console = Console(highlight=False)
            text = table.render(report, width=console.width, color=console.is_terminal)
        else:
            text = FORMATTERS[output_format](report)
        emit(text, output)
    raise typer.Exit(code=exit_code(report, fail_on))

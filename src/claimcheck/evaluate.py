"""Scoring a report against gold: what was found, what was missed, what must not be there.

Rules are tuned on made-up stories and measured on real ones; this module is
the measurement, as a library call a notebook can make
(``evaluate(cluster, report, folder)``) and the two views ``claimcheck eval``
prints. Its semantics are those of the team's reference scorer, so both give
the same figures:

- A finding **covers** a quote when one of its claims sits in the quote's file
  and the claim's span ``[start, end)`` overlaps the quote's range (its first
  occurrence in the file). Files are compared by name, the last part of a
  source's path, because gold quotes name files, not paths.
- A gold conflict (or not-conflict) is **reported** when one conflict finding
  covers its ``a`` quote and one of its ``b``/``b_any`` quotes.
- A required unsourced claim is **found** when an unsourced finding covers it,
  and, with ``top`` given, the first such finding is among the first ``top``
  unsourced findings of the report (which lists the most important first).
- **Forbidden**: a conflict finding that reports a not-conflict and no gold
  conflict (counted once per finding), a sourced quote covered by an unsourced
  finding, a boilerplate quote overlapped by any claim of the report.
- **Unexpected**: a conflict finding that reports neither a gold conflict nor a
  not-conflict. It is not wrong by itself; someone should read it.
"""

from __future__ import annotations

import io
import json
from enum import StrEnum
from pathlib import Path

from pydantic import Field, computed_field
from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimcheck.errors import InputError
from claimcheck.formatters.table import plural
from claimcheck.gold import GoldCluster, GoldPair, Quote, read_json_model
from claimcheck.models import Finding, Model, Report

Place = tuple[str, int, int]
"""``(file name, start, end)``: where a claim or a located quote sits."""


class EvaluationFormat(StrEnum):
    """The names ``claimcheck eval --format`` accepts."""

    table = "table"
    json = "json"


class Miss(Model):
    """A required gold item the report did not meet."""

    id: str = Field(description="Id of the gold item.")
    reason: str = Field(description="'not reported', or the rank it came at instead.")


class Recall(Model):
    """How many of the required items of one kind the report met."""

    found: int = Field(description="Required items met.")
    required: int = Field(description="Required items in the gold cluster.")
    missed: list[Miss] = Field(description="The required items not met, in gold order.")


class FindingRef(Model):
    """A finding of the report, named so a reader can look it up."""

    id: str = Field(description="Finding id in the report.")
    message: str = Field(description="The finding's one-line summary.")
    gold: list[str] = Field(
        default_factory=list, description="Ids of the not-conflicts it reports, if any."
    )


class Evaluation(Model):
    """The score of one report against one gold cluster.

    Findings are listed in report order and gold items in gold order, so the
    same inputs give the same evaluation.
    """

    cluster: str = Field(description="Name of the gold cluster scored against.")
    conflicts: Recall = Field(description="Required conflicts reported.")
    unsourced: Recall = Field(description="Required unsourced claims flagged (and ranked).")
    conflict_findings: int = Field(description="Conflict findings in the report.")
    conflicts_matching_gold: int = Field(
        description="Conflict findings reporting a gold conflict, required or optional."
    )
    unsourced_findings: int = Field(description="Unsourced findings in the report.")
    false_conflicts: list[FindingRef] = Field(
        description="Forbidden: conflict findings reporting a not-conflict."
    )
    sourced_flagged: list[Quote] = Field(
        description="Forbidden: sourced quotes covered by an unsourced finding."
    )
    boilerplate_claims: list[Quote] = Field(
        description="Forbidden: boilerplate quotes overlapped by a claim."
    )
    unexpected_conflicts: list[FindingRef] = Field(
        description="Conflict findings reporting neither a gold conflict nor a not-conflict."
    )

    @computed_field(description="Forbidden findings of all three sorts.")  # type: ignore[prop-decorator]
    @property
    def forbidden(self) -> int:
        """False conflicts, sourced claims flagged and boilerplate claims, together."""
        return len(self.false_conflicts) + len(self.sourced_flagged) + len(self.boilerplate_claims)

    @computed_field(description="Every required item met and nothing forbidden.")  # type: ignore[prop-decorator]
    @property
    def passed(self) -> bool:
        """Whether the report meets the gold: what the exit status reports."""
        return not (self.conflicts.missed or self.unsourced.missed or self.forbidden)


def read_report(path: Path) -> Report:
    """Load a report written by ``claimcheck scan --format json``.

    :raises InputError: when it is missing, unreadable or not a report
    """
    return read_json_model(
        path,
        Report,
        "claimcheck JSON report",
        "make one with `claimcheck scan --format json`",
        short="report",
    )


def sources_folder(report: Report) -> Path:
    """The folder the report's articles were read from: the one parent of every source path.

    Paths in a report are as the scan was given them, so a relative one is
    taken from the current directory.

    :raises InputError: when the report has no sources or they lie in several folders
    """
    folders = sorted({str(Path(source.path).parent) for source in report.sources})
    if len(folders) != 1:
        found = ", ".join(folders) if folders else "none"
        raise InputError(
            f"cannot tell which folder the quotes are in (source folders: {found}); "
            "pass --sources DIR"
        )
    return Path(folders[0])


def locate_quotes(gold: GoldCluster, folder: Path) -> dict[Quote, Place]:
    """Where every quote of the gold cluster is, read once per file.

    All quotes are located up front, so a gold file that has drifted from its
    articles is reported whatever the report holds.

    :raises InputError: when a file cannot be read or a quote is not in its file
    """
    quotes: list[Quote] = []
    for pair in [*gold.conflicts, *gold.not_conflicts]:
        quotes += [pair.a, *pair.partners]
    quotes += [item.at for item in gold.unsourced]
    quotes += [*gold.sourced, *gold.boilerplate]
    texts: dict[str, str] = {}
    places: dict[Quote, Place] = {}
    for name, quote in quotes:
        if name not in texts:
            try:
                texts[name] = (folder / name).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                problem = getattr(error, "strerror", None) or "not UTF-8 text"
                raise InputError(
                    f"{folder / name}: cannot read a gold quote's file ({problem}); "
                    "is --sources the scanned folder?"
                ) from error
        start = texts[name].find(quote)
        if start < 0:
            raise InputError(f"{folder / name}: gold quote not found: {quote!r}")
        places[name, quote] = (name, start, start + len(quote))
    return places


def claim_places(report: Report) -> dict[str, Place]:
    """Where each claim of the report sits, by claim id, its file named as gold names it."""
    names = {source.id: Path(source.path).name for source in report.sources}
    return {
        claim.id: (names.get(claim.source, Path(claim.source).name), *claim.span)
        for claim in report.claims
    }


def overlaps(claim: Place, quote: Place) -> bool:
    """Whether a claim and a quote share a character of the same file."""
    name, start, end = claim
    quote_name, quote_start, quote_end = quote
    return name == quote_name and start < quote_end and quote_start < end


def evaluate(
    gold: GoldCluster, report: Report, sources_dir: Path | None = None, cluster: str = ""
) -> Evaluation:
    """Score a report against one gold cluster.

    :param gold: the expectations for the folder the report was made from
    :param report: what ``claimcheck scan`` reported on that folder
    :param sources_dir: folder the quotes' files are in; by default the one
        folder of the report's source paths (see :func:`sources_folder`)
    :param cluster: the cluster's name, copied into the evaluation
    :raises InputError: when a quote's file cannot be read or does not hold the quote
    """
    folder = sources_dir if sources_dir is not None else sources_folder(report)
    located = locate_quotes(gold, folder)
    claims = claim_places(report)

    def places_of(finding: Finding) -> list[Place]:
        return [claims[claim] for claim in finding.claims if claim in claims]

    def covers(places: list[Place], quote: Quote) -> bool:
        return any(overlaps(place, located[quote]) for place in places)

    def reports(places: list[Place], pair: GoldPair) -> bool:
        return covers(places, pair.a) and any(covers(places, b) for b in pair.partners)

    conflicts = [places_of(f) for f in report.findings if f.kind == "conflict"]
    unsourced = [places_of(f) for f in report.findings if f.kind == "unsourced"]

    required = [c for c in gold.conflicts if c.required]
    missed = [
        Miss(id=c.id, reason="not reported")
        for c in required
        if not any(reports(places, c) for places in conflicts)
    ]

    matching = 0
    false_conflicts: list[FindingRef] = []
    unexpected: list[FindingRef] = []
    for finding in (f for f in report.findings if f.kind == "conflict"):
        places = places_of(finding)
        hit = [n.id for n in gold.not_conflicts if reports(places, n)]
        if any(reports(places, c) for c in gold.conflicts):
            matching += 1
        elif hit:
            false_conflicts.append(FindingRef(id=finding.id, message=finding.message, gold=hit))
        else:
            unexpected.append(FindingRef(id=finding.id, message=finding.message))

    flag_required = [u for u in gold.unsourced if u.required]
    unflagged: list[Miss] = []
    for item in flag_required:
        ranks = [rank for rank, places in enumerate(unsourced, 1) if covers(places, item.at)]
        if not ranks:
            unflagged.append(Miss(id=item.id, reason="not reported"))
        elif item.top is not None and ranks[0] > item.top:
            unflagged.append(Miss(id=item.id, reason=f"ranked {ranks[0]}, wanted top {item.top}"))

    every_claim = list(claims.values())
    return Evaluation(
        cluster=cluster,
        conflicts=Recall(found=len(required) - len(missed), required=len(required), missed=missed),
        unsourced=Recall(
            found=len(flag_required) - len(unflagged),
            required=len(flag_required),
            missed=unflagged,
        ),
        conflict_findings=len(conflicts),
        conflicts_matching_gold=matching,
        unsourced_findings=len(unsourced),
        false_conflicts=false_conflicts,
        sourced_flagged=[q for q in gold.sourced if any(covers(p, q) for p in unsourced)],
        boilerplate_claims=[q for q in gold.boilerplate if covers(every_claim, q)],
        unexpected_conflicts=unexpected,
    )


def summary_line(evaluation: Evaluation) -> str:
    """The figures on one line, as the team's scorer prints its total."""
    e = evaluation
    verdict = "meets the gold" if e.passed else "falls short"
    return (
        f"{e.cluster or 'cluster'}: conflicts {e.conflicts.found}/{e.conflicts.required}, "
        f"unsourced {e.unsourced.found}/{e.unsourced.required}, forbidden {e.forbidden}; "
        f"{plural(e.conflict_findings, 'conflict finding')}, "
        f"{len(e.unexpected_conflicts)} outside the gold (read them): {verdict}"
    )


def _item(gold: str, detail: str) -> Text:
    """A table cell: the gold id (or file) in bold, what happened under it."""
    cell = Text(gold, style="bold")
    cell.append(f"\n{detail}", style="dim")
    return cell


def _problems_table(evaluation: Evaluation) -> Table:
    """One row per missed or forbidden item, named by its gold id (or its file and quote)."""
    table = Table(expand=True, show_lines=True, title="Missed and forbidden", title_justify="left")
    table.add_column("what", no_wrap=True)
    table.add_column("gold item", ratio=1)
    for miss in evaluation.conflicts.missed:
        table.add_row("missed conflict", _item(miss.id, miss.reason))
    for miss in evaluation.unsourced.missed:
        table.add_row("missed unsourced", _item(miss.id, miss.reason))
    for ref in evaluation.false_conflicts:
        table.add_row("false conflict", _item(", ".join(ref.gold), f"{ref.id}: {ref.message}"))
    for name, quote in evaluation.sourced_flagged:
        table.add_row("sourced, flagged unsourced", _item(name, f"“{quote}”"))
    for name, quote in evaluation.boilerplate_claims:
        table.add_row("boilerplate in a claim", _item(name, f"“{quote}”"))
    return table


def render_table(evaluation: Evaluation, width: int = 100, color: bool = False) -> str:
    """The evaluation for a terminal: figures, then every problem, then what to read."""
    buffer = io.StringIO()
    console = Console(
        file=buffer, width=width, force_terminal=color, no_color=not color, highlight=False
    )
    e = evaluation
    figures = Table(show_header=False, box=None, padding=(0, 2))
    figures.add_column()
    figures.add_column(justify="right")
    figures.add_row("required conflicts reported", f"{e.conflicts.found}/{e.conflicts.required}")
    figures.add_row("required unsourced flagged", f"{e.unsourced.found}/{e.unsourced.required}")
    figures.add_row("false conflicts", str(len(e.false_conflicts)))
    figures.add_row("sourced claims flagged unsourced", str(len(e.sourced_flagged)))
    figures.add_row("boilerplate that became a claim", str(len(e.boilerplate_claims)))
    figures.add_row("conflict findings", str(e.conflict_findings))
    figures.add_row("  matching a gold conflict", str(e.conflicts_matching_gold))
    figures.add_row("  outside the gold", str(len(e.unexpected_conflicts)))
    figures.add_row("unsourced findings", str(e.unsourced_findings))
    console.print(figures)
    if not e.passed:
        console.print()
        console.print(_problems_table(e))
    if e.unexpected_conflicts:
        console.print()
        unexpected = Table(expand=True, title="Conflicts outside the gold", title_justify="left")
        unexpected.add_column("finding", ratio=1)
        for ref in e.unexpected_conflicts:
            unexpected.add_row(_item(ref.id, ref.message))
        console.print(unexpected)
    console.print()
    console.print(summary_line(e), style="bold" if e.passed else "bold red", soft_wrap=True)
    return buffer.getvalue()


def render_json(evaluation: Evaluation) -> str:
    """The evaluation as one JSON object, keys sorted, stable byte for byte."""
    return (
        json.dumps(evaluation.model_dump(mode="json"), sort_keys=True, ensure_ascii=False, indent=1)
        + "\n"
    )

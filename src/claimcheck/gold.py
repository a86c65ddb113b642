"""Gold files: hand-made expectations a report is scored against.

Researchers write down, per cluster of articles, what a good report must say
(required conflicts, claims that must be flagged unsourced), what it may say
(optional conflicts) and what it must never say (pairs that do not conflict,
attributed claims called unsourced, boilerplate read as a claim). These models
are that format, so ``claimcheck eval`` and ``claimcheck schema --gold`` share
one definition and a malformed gold file is an error naming the field.

Every expectation points at text through a quote: ``[file name, exact text]``,
where the text is a substring of that file as ``Path.read_text(encoding="utf-8")``
returns it, and its first occurrence is the one meant. Example::

    {"clusters": {"dam": {
      "conflicts": [{"id": "workers", "required": true,
                     "a": ["wire.txt", "employs 1,200 workers"],
                     "b": ["local.txt", "employs 3,400 workers"]}],
      "sourced": [["wire.txt", "the utility said"]]}}}
"""

from __future__ import annotations

from pathlib import Path
from typing import Self, TypeVar

from pydantic import Field, ValidationError, model_validator

from claimcheck.errors import InputError
from claimcheck.models import Model

Quote = tuple[str, str]
"""``(file name, exact text)``: a place in one article of the cluster."""


class GoldPair(Model):
    """Two places in the articles that one finding may or may not bring together.

    ``b`` names one partner; ``b_any`` lists alternatives, any one of which
    will do (the same figure is often repeated by several outlets).
    """

    id: str = Field(description="Stable name of the expectation, shown when it is missed.")
    a: Quote = Field(description="One side: [file name, exact text].")
    b: Quote | None = Field(default=None, description="The other side (or give b_any).")
    b_any: list[Quote] = Field(
        default_factory=list, description="Alternatives for the other side; any one will do."
    )
    why: str = Field(default="", description="The annotator's reason, for readers of the gold.")

    @model_validator(mode="after")
    def _one_other_side(self) -> Self:
        """Exactly one of ``b`` and ``b_any`` says what the other side is."""
        if (self.b is None) == (not self.b_any):
            raise ValueError("give either b or a non-empty b_any, not both or neither")
        return self

    @property
    def partners(self) -> list[Quote]:
        """The quotes that may stand on the other side of ``a``."""
        return [self.b] if self.b is not None else list(self.b_any)


class GoldConflict(GoldPair):
    """Two claims that contradict each other: a conflict finding should hold both."""

    required: bool = Field(
        default=False, description="True: must be reported. False: may be (debatable)."
    )


class GoldNotConflict(GoldPair):
    """Two claims that look alike but agree or are about different things."""


class GoldUnsourced(Model):
    """A claim stated as fact with nobody credited: it should be flagged unsourced."""

    id: str = Field(description="Stable name of the expectation, shown when it is missed.")
    at: Quote = Field(description="The claim: [file name, exact text].")
    required: bool = Field(
        default=False, description="True: must be flagged. False: may be (debatable)."
    )
    top: int | None = Field(
        default=None,
        ge=1,
        description="When given, the claim must be among the first `top` unsourced findings.",
    )
    why: str = Field(default="", description="The annotator's reason, for readers of the gold.")


class GoldCluster(Model):
    """What a report on one folder of articles must, may and must not contain."""

    conflicts: list[GoldConflict] = Field(
        default_factory=list, description="Contradictions, required or optional."
    )
    not_conflicts: list[GoldNotConflict] = Field(
        default_factory=list, description="Pairs that must never share a conflict finding."
    )
    unsourced: list[GoldUnsourced] = Field(
        default_factory=list, description="Claims to flag unsourced, required or optional."
    )
    sourced: list[Quote] = Field(
        default_factory=list, description="Attributed claims that must never be flagged unsourced."
    )
    boilerplate: list[Quote] = Field(
        default_factory=list,
        description="Datelines, bylines, widgets: text that must never be inside a claim.",
    )


class GoldFile(Model):
    """A gold file: clusters of expectations by name (usually the folder's name)."""

    about: str = Field(default="", description="What the gold covers and how it was made.")
    clusters: dict[str, GoldCluster] = Field(description="Expectations per cluster of articles.")

    def cluster(self, name: str | None) -> tuple[str, GoldCluster]:
        """The cluster to score against, and its name.

        :param name: the cluster wanted; may be None when the file holds only one
        :raises InputError: when the name is unknown, or missing with several clusters
        """
        known = ", ".join(sorted(self.clusters))
        if name is None:
            if len(self.clusters) != 1:
                raise InputError(
                    f"the gold file holds {len(self.clusters)} clusters ({known}); "
                    "choose one with --cluster"
                )
            return next(iter(self.clusters.items()))
        if name not in self.clusters:
            raise InputError(f"no cluster {name!r} in the gold file (it holds: {known})")
        return name, self.clusters[name]


def read_gold(path: Path) -> GoldFile:
    """Load a gold file.

    :raises InputError: when it is missing, unreadable or not a gold file; the
        message names the first field at fault
    """
    return read_json_model(path, GoldFile, "gold file", "see `claimcheck schema --gold`")


M = TypeVar("M", bound=Model)


def read_json_model(path: Path, model: type[M], what: str, hint: str, short: str = "") -> M:
    """Load a JSON file as a model, with one-line errors that say what the file should be.

    :param what: what the file is meant to be ("gold file"), for the message
    :param hint: how to get a good one, appended to a validation problem
    :param short: a shorter name for "cannot read ..." (default: ``what``)
    :raises InputError: when it is missing, unreadable, not UTF-8 or not valid
    """
    try:
        return model.model_validate_json(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(f"{path}: cannot read {short or what} ({error.strerror})") from error
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not a {what} (not UTF-8 text)") from error
    except ValidationError as error:
        raise InputError(f"{path}: not a {what} ({first_problem(error)}; {hint})") from error


def first_problem(error: ValidationError) -> str:
    """The first validation problem on one line: 'where: what'."""
    problem = error.errors()[0]
    where = ".".join(str(part) for part in problem["loc"])
    message = " ".join(str(problem["msg"]).split())
    return f"{where}: {message}" if where else message

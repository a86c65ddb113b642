"""The HTML report: golden output, self-contained, and rendered by a real headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
from html import escape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from tests.factories import assert_golden, seed_report

from claimcheck.formatters import html


class Elements(HTMLParser):
    """Collects every start tag with its attributes, to look elements up by class or id."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def with_class(self, name: str) -> list[dict[str, str]]:
        return [a for _, a in self.tags if name in a.get("class", "").split()]

    def cells(self, state: str) -> list[dict[str, str]]:
        return [a for t, a in self.tags if t == "td" and a.get("class") == state]

    def with_id(self, name: str) -> list[tuple[str, dict[str, str]]]:
        return [(t, a) for t, a in self.tags if a.get("id") == name]


def parse(document: str) -> Elements:
    """Every start tag of a document."""
    parser = Elements()
    parser.feed(document)
    parser.close()
    return parser


def test_golden(update_golden: bool) -> None:
    assert_golden("seeds.html", html.render(seed_report()), update_golden)


def test_no_network_references() -> None:
    document = html.render(seed_report())
    assert "http://" not in document
    assert "https://" not in document
    assert not re.search(r"url\(|@import|<script|<link|<img|<iframe", document, re.IGNORECASE)
    elements = parse(document)
    for _, attrs in elements.tags:
        for name in ("src", "href", "srcset", "action", "poster", "data"):
            value = attrs.get(name)
            assert value is None or value.startswith("#"), f"{name}={value!r} leaves the page"


def test_structure() -> None:
    report = seed_report()
    elements = parse(html.render(report))
    conflicts = [f for f in report.findings if f.kind == "conflict"]
    assert len(elements.with_class("conflict")) == len(conflicts)
    assert [t for t, _ in elements.with_id("matrix")] == ["table"]
    cells = [state for state in html.STATES for _ in elements.cells(state)]
    assert len(cells) == len(report.groups) * len(report.sources)
    assert len(elements.with_class("unsourced")) == report.summary.unsourced


def test_conflicting_figures_are_marked() -> None:
    report = seed_report()
    document = html.render(report)
    claims = {claim.id: claim for claim in report.claims}
    for finding in (f for f in report.findings if f.kind == "conflict"):
        start = document.index(f'id="finding-{finding.id}"')
        block = document[start : document.index("</article>", start)]
        for item in finding.evidence:
            for quantity in claims[item.claim].quantities:
                assert f">{escape(quantity.surface)}</mark>" in block


def test_matrix_states() -> None:
    report = seed_report()
    cells = html.matrix_cells(report)
    states = {cell.state for cell in cells.values()}
    assert "disagree" in states and "agree" in states
    for group in report.groups:
        for source in report.sources:
            cell = cells[group.id, source.id]
            assert (cell.state == "silent") == (source.id not in group.sources)


def test_text_is_escaped() -> None:
    report = seed_report()
    claim = report.claims[0]
    hostile = claim.model_copy(update={"text": "<script>alert(1)</script> & " + claim.text})
    finding = next(f for f in report.findings if claim.id in f.claims)
    evidence = [
        e.model_copy(update={"quote": hostile.text}) if e.claim == claim.id else e
        for e in finding.evidence
    ]
    changed = report.model_copy(
        update={
            "claims": [hostile, *report.claims[1:]],
            "findings": [finding.model_copy(update={"evidence": evidence})],
        }
    )
    document = html.render(changed)
    assert "<script>" not in document
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; " in document


# --- a real browser -------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium binary (apt-get install chromium) to render the page"
)


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium on its own profile with DNS answering NOTFOUND for every host.

    The resolver rule means no request, the page's or the browser's own, can
    reach another machine; the net log still records every request made.
    """
    assert CHROMIUM is not None
    profile = tmp_path / "profile"
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--user-data-dir={profile}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=True)


def page_requests(net_log: Path) -> list[str]:
    """URLs of the requests a page made, from a Chromium net log.

    Every URL request is logged with its initiator; the browser's own
    background requests (update checks and the like) have none ("not an
    origin") and an empty isolation key, while a page's requests carry the
    page's origin. A file:// page's origin is opaque, so its requests show
    initiator "null" and a file:// isolation key.
    """
    log: dict[str, Any] = json.loads(net_log.read_text(encoding="utf-8"))
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    urls = []
    for event in log["events"]:
        params = event.get("params", {})
        if event["type"] != start_job or "url" not in params:
            continue
        from_page = params.get("initiator") != "not an origin" or str(
            params.get("network_isolation_key", "")
        ).startswith("file:")
        if from_page:
            urls.append(str(params["url"]))
    return urls


def page_size(png: Path) -> tuple[int, int]:
    """Width and height of a PNG, from its IHDR chunk."""
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@needs_chromium
def test_browser_renders_conflicts_and_matrix_without_requests(tmp_path: Path) -> None:
    report = seed_report()
    page = tmp_path / "report.html"
    page.write_text(html.render(report), encoding="utf-8")
    net_log = tmp_path / "net.json"

    dom = chromium(tmp_path, f"--log-net-log={net_log}", "--dump-dom", page.as_uri()).stdout
    elements = parse(dom)
    conflicts = [f for f in report.findings if f.kind == "conflict"]
    assert conflicts, "the bundled articles have a conflict to show"
    assert len(elements.with_class("conflict")) == len(conflicts)
    assert [t for t, _ in elements.with_id("matrix")] == ["table"]
    assert elements.cells("disagree") and elements.cells("agree")
    assert page_requests(net_log) == [], "the page asked the network for something"

    screenshot = tmp_path / "report.png"
    chromium(tmp_path, f"--screenshot={screenshot}", "--window-size=1366,900", page.as_uri())
    assert page_size(screenshot) == (1366, 900)


@needs_chromium
def test_browser_net_log_check_catches_a_request(tmp_path: Path) -> None:
    """The request check is not vacuous: a page with a remote image is caught."""
    page = tmp_path / "canary.html"
    page.write_text(
        '<!DOCTYPE html><html><body><img src="http://canary.invalid/x.png"></body></html>',
        encoding="utf-8",
    )
    net_log = tmp_path / "net.json"
    chromium(tmp_path, f"--log-net-log={net_log}", "--dump-dom", page.as_uri())
    assert page_requests(net_log) == ["http://canary.invalid/x.png"]

"""The HTML report: golden output, self-contained, and rendered by a real headless Chromium."""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import struct
import subprocess
from functools import cache
from html import escape, unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from tests.factories import assert_golden, make_evidence, make_finding, make_report, seed_report
from tests.paths import PROJECT, TESTS

from claimcheck.config import load_config
from claimcheck.formatters import html
from claimcheck.formatters.quotes import marked_sentence
from claimcheck.models import Evidence, Report, Source, SourceFamily, SourceMetadata
from claimcheck.pipeline import scan

# A real news cluster: eleven articles on one story (ECB+, see tests/data/eval/NOTICE.md).
NEWS_CLUSTER = TESTS / "data" / "eval" / "19-ecbplus"


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


@cache
def news_report() -> Report:
    """The real cluster, scanned by relative path like the seeds (computed once)."""
    with contextlib.chdir(PROJECT):
        relative = NEWS_CLUSTER.relative_to(PROJECT)
        return scan([relative], load_config([relative]))


def block_of(document: str, finding_id: str) -> str:
    """The HTML of one finding's card."""
    start = document.index(f'id="finding-{finding_id}"')
    return document[start : document.index("</article>", start)]


def text_of(fragment: str) -> str:
    """What a reader sees of some HTML: tags dropped, entities decoded, spaces folded."""
    return " ".join(unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def test_conflicts_quote_whole_sentences_with_the_value_marked() -> None:
    report = seed_report()
    document = html.render(report)
    conflicts = [f for f in report.findings if f.kind == "conflict"]
    assert conflicts
    for finding in conflicts:
        block = block_of(document, finding.id)
        for item in finding.evidence:
            sentence, start, end = marked_sentence(item)
            assert item.sentence and sentence == item.sentence
            assert f'<mark class="key" title="{escape(item.value)}">' in block
            assert f">{escape(sentence[start:end])}</mark>" in block
            assert " ".join(sentence.split()) in text_of(block)


def test_values_are_shown_as_written_with_the_normalised_value_visible() -> None:
    item = make_evidence(
        "to more than 200 in 2025",
        sentence="It grew from over 100 in 2024 to more than 200 in 2025.",
        written="more than 200",
        value="(200, ∞) count",
    )
    document = html.render(make_report(make_finding(item)))
    assert '<span class="says" title="(200, ∞) count">more than 200</span>' in document
    assert "<dt>normalised</dt><dd>(200, ∞) count</dd>" in document
    assert "It grew from over 100 in 2024 to <mark" in document


def side_item(source: str, claim: str, value: str, written: str) -> Evidence:
    return make_evidence(
        f"fired {written} shots", claim=claim, source=source, value=value, written=written
    )


def test_a_conflict_shows_every_side_with_its_count_and_the_minority_as_odd_one_out() -> None:
    finding = make_finding(
        side_item("a.txt", "c1", "38 count", "38"),
        side_item("b.txt", "c2", "357 count", "357"),
        side_item("c.txt", "c3", "357 count", "357"),
        side_item("d.txt", "c4", "357 count", "357"),
        message="4 sources disagree on the calibre: 3 say 357 (...); 1 says 38 (a.txt)",
    )
    elements = parse(html.render(make_report(finding)))
    sides = elements.with_class("side")
    assert [(a["class"], a["data-sources"]) for a in sides] == [
        ("side majority", "3"),
        ("side minority", "1"),
    ]
    odd = [a["data-claim"] for a in elements.with_class("odd-one")]
    assert odd == ["c1"], "the article on the side fewer sources take is the odd one out"
    document = html.render(make_report(finding))
    assert "<h3>4 sources disagree on the calibre</h3>" in document
    assert '<span class="count">3 sources</span> say <strong>' in document
    assert '<span class="count">1 source</span> says <strong>' in document


def test_a_conflict_with_no_majority_marks_nobody() -> None:
    finding = make_finding(
        side_item("a.txt", "c1", "38 count", "38"),
        side_item("b.txt", "c2", "357 count", "357"),
    )
    document = html.render(make_report(finding))
    elements = parse(document)
    assert [a["class"] for a in elements.with_class("side")] == ["side", "side"]
    assert not elements.with_class("odd-one")
    assert "No side is taken by more sources than the others." in document


def test_one_article_with_two_claims_counts_once() -> None:
    finding = make_finding(
        side_item("a.txt", "c1", "38 count", "38"),
        side_item("a.txt", "c2", "38 count", "38"),
        side_item("b.txt", "c3", "357 count", "357"),
    )
    elements = parse(html.render(make_report(finding)))
    assert [a["data-sources"] for a in elements.with_class("side")] == ["1", "1"]
    assert not elements.with_class("odd-one")


def test_the_real_cluster_marks_the_minority_in_every_conflict() -> None:
    report = news_report()
    elements = parse(html.render(report))
    conflicts = [f for f in report.findings if f.kind == "conflict"]
    assert conflicts, "the cluster has a disagreement"
    odd = {a["data-claim"] for a in elements.with_class("odd-one")}
    for finding in conflicts:
        sides = html.sides(finding)
        if html.has_majority(sides):
            assert odd >= {item.claim for side in sides[1:] for item in side.items}
            assert odd.isdisjoint(item.claim for item in sides[0].items)


def test_matrix_states() -> None:
    report = seed_report()
    cells = html.matrix_cells(report)
    states = {cell.state for cell in cells.values()}
    assert "disagree" in states and "agree" in states
    for group in report.groups:
        for source in report.sources:
            cell = cells[group.id, source.id]
            assert (cell.state == "silent") == (source.id not in group.sources)


def with_sources(*sources: Source) -> Report:
    return make_report().model_copy(update={"sources": list(sources)})


def source(id: str, path: str, metadata: SourceMetadata | None = None) -> Source:
    return Source(id=id, path=path, chars=10, sha256="0" * 64, metadata=metadata)


def test_sources_show_title_outlet_date_and_address() -> None:
    meta = SourceMetadata(
        title="Riots after teen shot",
        url="https://news.example/riots?a=1&b=2",
        published="2013-03-12",
        outlet="Example News",
        author="A. Writer",
    )
    document = html.render(with_sources(source("a.txt", "in/a.txt", meta)))
    assert '<strong class="title">Riots after teen shot</strong>' in document
    assert '<span class="meta">Example News · 2013-03-12 · by A. Writer</span>' in document
    assert (
        '<a class="url" href="https://news.example/riots?a=1&amp;b=2" rel="noopener noreferrer">'
        in document
    )
    assert "<code>a.txt</code>: 10 characters" in document


def test_only_web_addresses_become_links() -> None:
    meta = SourceMetadata(url="javascript:alert(1)")
    elements = parse(html.render(with_sources(source("a.txt", "in/a.txt", meta))))
    assert not [a for t, a in elements.tags if t == "a" and "javascript" in a.get("href", "")]
    assert elements.with_class("url") == [{"class": "url"}]


@pytest.mark.parametrize(
    ("paths", "named"),
    [
        (["data/sources/a.txt", "data/sources/b.txt"], ["data/sources"]),
        (["news/one.jsonl", "news/one.jsonl"], ["news/one.jsonl"]),
        (["a.txt", "x/b.txt", "y/c.txt"], [".", "x", "y"]),
        (["/abs/a.txt", "rel/b.txt"], ["/abs", "rel"]),
        ([], []),
    ],
)
def test_the_footer_names_the_input(paths: list[str], named: list[str]) -> None:
    report = with_sources(*(source(f"s{n}", path) for n, path in enumerate(paths)))
    assert html.input_paths(report) == named


def test_the_seed_footer_names_the_folder() -> None:
    document = html.render(seed_report())
    assert "from 5 articles in <code>data/sources</code>.</footer>" in document


def test_print_uses_plain_backgrounds() -> None:
    """Hatched cells made one news cluster's PDF 10 MB: paper gets flat colours."""
    _, _, printed = html.CSS.partition("@media print")
    assert printed and "gradient" not in printed
    assert "td.silent, .legend .silent { background: none; }" in printed


def test_text_is_escaped() -> None:
    report = seed_report()
    claim = next(c for c in report.claims if any(c.id in f.claims for f in report.findings))
    prefix = "<script>alert(1)</script> & "
    hostile = claim.model_copy(update={"text": prefix + claim.text})
    finding = next(f for f in report.findings if claim.id in f.claims)
    evidence = [
        e.model_copy(
            update={
                "quote": hostile.text,
                "sentence": prefix + e.sentence,
                "sentence_span": (e.sentence_span[0] - len(prefix), e.sentence_span[1]),
                "written": e.written + " <b>",
                "value": '"><img src=x> count',
            }
        )
        if e.claim == claim.id
        else e
        for e in finding.evidence
    ]
    metadata = SourceMetadata(title="<i>t</i>", outlet="<u>o</u>", url='https://x.example/"><b>')
    sources = [s.model_copy(update={"metadata": metadata}) for s in report.sources]
    changed = report.model_copy(
        update={
            "sources": sources,
            "claims": [hostile, *report.claims[1:]],
            "findings": [finding.model_copy(update={"evidence": evidence})],
        }
    )
    document = html.render(changed)
    assert not re.search(r"<(script|img|b|i|u)\b", document)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; " in document
    assert 'title="&quot;&gt;&lt;img src=x&gt; count"' in document
    assert 'href="https://x.example/&quot;&gt;&lt;b&gt;"' in document


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


# What the layout test injects into a copy of the page (the report itself has no script):
# once laid out, the page posts to its parent how far anything outside the matrix's
# scrolling box reaches past the viewport, and how wide the matrix is against its box.
LAYOUT_PROBE = """<script>
addEventListener("load", () => {
  const width = document.documentElement.clientWidth;
  const wrap = document.querySelector(".matrix-wrap");
  let reach = 0, widest = "";
  for (const element of document.body.querySelectorAll("*")) {
    if (wrap && wrap !== element && wrap.contains(element)) continue;
    const right = element.getBoundingClientRect().right;
    if (right > reach) { reach = right; widest = element.tagName + "#" + element.id + "." + element.className; }
  }
  parent.postMessage({
    page: location.pathname.split("/").pop(), width, reach, widest,
    scrollWidth: document.documentElement.scrollWidth,
    matrix: wrap ? [wrap.scrollWidth, wrap.clientWidth] : null,
  }, "*");
});
</script>"""


def layout(tmp_path: Path, pages: dict[str, str], widths: tuple[int, ...]) -> list[dict[str, Any]]:
    """Lay every page out at every width in a real browser and measure what sticks out.

    Headless Chromium will not make a window narrower than 500 px, so each page is
    laid out in an iframe of the given width (media queries follow the iframe) and
    reports its measures to the host page, whose DOM Chromium dumps.
    """
    frames = []
    for name, document in pages.items():
        (tmp_path / name).write_text(
            document.replace("</body>", LAYOUT_PROBE + "</body>"), encoding="utf-8"
        )
        frames += [
            f'<iframe src="{name}" style="border:0;width:{w}px;height:800px"></iframe>'
            for w in widths
        ]
    host = tmp_path / "host.html"
    host.write_text(
        '<!DOCTYPE html><html><body><pre id="out"></pre><script>addEventListener("message", '
        'e => { document.getElementById("out").textContent += JSON.stringify(e.data) + "\\n"; });'
        f"</script>{''.join(frames)}</body></html>",
        encoding="utf-8",
    )
    dom = chromium(
        tmp_path,
        "--window-size=1400,900",
        "--virtual-time-budget=10000",
        "--dump-dom",
        host.as_uri(),
    ).stdout
    found = re.search(r'<pre id="out">(.*?)</pre>', dom, re.DOTALL)
    assert found, dom[:500]
    results = [json.loads(unescape(line)) for line in found.group(1).splitlines() if line]
    assert len(results) == len(pages) * len(widths), results
    return results


@needs_chromium
def test_browser_layout_fits_a_phone_and_a_laptop(tmp_path: Path) -> None:
    """At 390 px (a phone) and 1280 px (a laptop) nothing but the matrix, inside its own
    scrolling box, is wider than the screen; at 1280 px the eleven sources of a real
    cluster fit without scrolling. The bundled sources have long file names, which made
    the unsourced table 150 px too wide for a phone."""
    pages = {
        "seeds.html": html.render(seed_report()),
        "news.html": html.render(news_report()),
        "canary.html": '<!DOCTYPE html><html><body><div style="width:600px">wide</div></body></html>',
    }
    measured = layout(tmp_path, pages, (390, 1280))
    by_page = {(m["page"], m["width"] > 1000): m for m in measured}
    for (page, _), m in by_page.items():
        if page == "canary.html":
            continue
        assert m["scrollWidth"] <= m["width"], m
        assert m["reach"] <= m["width"] + 0.5, f"{m['widest']} sticks out: {m}"
    news_wide = by_page["news.html", True]
    scroll_width, box_width = news_wide["matrix"]
    assert len(news_report().sources) == 11
    assert scroll_width <= box_width, "the 11-source matrix is cut off at 1280 px"
    canary = by_page["canary.html", False]
    assert canary["scrollWidth"] > canary["width"], "the overflow measure is not vacuous"


@needs_chromium
def test_browser_prints_the_real_cluster_small(tmp_path: Path) -> None:
    """Hatched 'silent' cells once made this cluster's PDF 10 MB; print is flat colour."""
    page = tmp_path / "news.html"
    page.write_text(html.render(news_report()), encoding="utf-8")
    pdf = tmp_path / "news.pdf"
    chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(data) < 1_500_000, f"the printed report is {len(data):,} bytes"


def test_copies_of_one_text_count_once_on_a_side() -> None:
    finding = make_finding(
        make_evidence("12 dead", claim="a", source="a.txt", value="12 count"),
        make_evidence("12 dead", claim="b", source="b.txt", value="12 count"),
        make_evidence("30 dead", claim="c", source="c.txt", value="30 count"),
        kind="conflict",
    )
    family = SourceFamily(sources=["a.txt", "b.txt"], shared_sentences=3, message="copies")
    report = make_report(finding).model_copy(update={"families": [family]})
    counted = [side.sources for side in html.sides(finding, html.family_map(report))]
    assert counted == [1, 1]
    assert not html.has_majority(html.sides(finding, html.family_map(report)))
    assert html.has_majority(html.sides(finding))

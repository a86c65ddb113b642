"""What a run reads: one source per physical file, unique ids, and nothing that hangs.

The bad inputs (FIFOs, devices, oversized files) are made at test time under pytest's
temporary folder; nothing here writes to the real ``/dev``.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.load import discover, load_articles
from claimcheck.models import Claim
from claimcheck.pipeline import extract

RUNNER = CliRunner()
TWELVE = "The fire killed 12 people on Monday, police said.\n"
THIRTY = "The fire killed 30 people on Monday, police said.\n"
# A measure that does not change from day to day, for inputs that carry a date.
STAFF = "The Brackwater dam employs 1,200 workers, the utility said on Monday.\n"
MORE_STAFF = "The Brackwater dam employs 3,400 workers, the mayor said on Monday.\n"


def run(*args: str) -> tuple[int, str, str]:
    """Invoke the CLI and return (exit code, stdout, stderr)."""
    result = RUNNER.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def outlets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two outlets' folders that both hold story.txt, with different figures."""
    for outlet, text in (("nyt", TWELVE), ("bbc", THIRTY)):
        (tmp_path / outlet).mkdir()
        (tmp_path / outlet / "story.txt").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_same_named_files_in_two_folders_are_two_sources(outlets: Path) -> None:
    code, out, _ = run("scan", "nyt", "bbc", "--format", "json")
    report = json.loads(out)
    assert [source["id"] for source in report["sources"]] == ["bbc/story.txt", "nyt/story.txt"]
    assert report["summary"]["conflicts"] == 1
    assert code == 1


def test_same_named_files_given_directly_are_two_sources(outlets: Path) -> None:
    code, out, _ = run("scan", "nyt/story.txt", "bbc/story.txt", "--format", "json")
    assert [s["id"] for s in json.loads(out)["sources"]] == ["bbc/story.txt", "nyt/story.txt"]
    assert code == 1


def test_a_file_reached_twice_is_read_once(outlets: Path) -> None:
    (outlets / "nyt" / "sub").mkdir()
    (outlets / "nyt" / "sub" / "x.txt").write_text(THIRTY, encoding="utf-8")
    found = discover([Path("nyt"), Path("nyt/sub/x.txt")])
    assert [source_id for source_id, _ in found] == ["nyt/story.txt", "nyt/sub/x.txt"]


def test_one_folder_keeps_ids_relative_to_it(outlets: Path) -> None:
    assert [source_id for source_id, _ in discover([Path("nyt")])] == ["story.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="this system has no FIFOs")
def test_a_fifo_is_skipped_without_opening_it(outlets: Path) -> None:
    os.mkfifo(outlets / "nyt" / "pipe.txt")
    found = load_articles([Path("nyt")])
    loaded, skipped = found.articles, found.skipped
    assert [article.id for article in loaded] == ["story.txt"]
    assert [(Path(s.path).name, s.reason) for s in skipped] == [
        ("pipe.txt", "not a regular file (a FIFO)")
    ]


@pytest.mark.skipif(
    not Path("/dev/zero").exists() or not stat.S_ISCHR(os.stat("/dev/zero").st_mode),
    reason="no /dev/zero character device here",
)
def test_a_device_named_directly_is_skipped_not_read(outlets: Path) -> None:
    found = load_articles([Path("nyt/story.txt"), Path("/dev/zero")])
    loaded, skipped = found.articles, found.skipped
    assert [article.id for article in loaded] == ["nyt/story.txt"]
    assert [s.reason for s in skipped] == ["not a regular file (a character device)"]


def test_a_file_over_the_size_limit_is_skipped_with_its_reason(outlets: Path) -> None:
    (outlets / "nyt" / "claimcheck.toml").write_text("max_file_size = 20\n", encoding="utf-8")
    code, _, err = run("extract", "nyt")
    assert code == 2
    assert "larger than the size limit" in err and "max_file_size" in err
    assert err.count("\n") == 1


def test_an_internal_error_in_one_article_leaves_the_others_in(
    outlets: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimcheck import pipeline

    extract_claims = pipeline.extract_claims

    def failing(source_id: str, text: str, *rest: object) -> object:
        if source_id == "bbc/story.txt":
            raise OverflowError("an odd figure")
        return extract_claims(source_id, text, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "extract_claims", failing)
    code, out, err = run("extract", "nyt", "bbc")
    assert code == 0
    assert {json.loads(line)["source"] for line in out.splitlines()} == {"nyt/story.txt"}
    assert "bbc/story.txt: left out after an internal error (OverflowError: an odd figure)" in err


def test_an_internal_error_while_framing_leaves_the_others_in(
    outlets: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimcheck import frames, pipeline

    frame_of = frames.frame_of

    def failing(doc: object, text: str, claim: object, salient: object) -> object:
        if "30 people" in text:
            raise ZeroDivisionError("bad parse")
        return frame_of(doc, text, claim, salient)  # type: ignore[arg-type]

    monkeypatch.setattr(frames, "frame_of", failing)
    ledger = pipeline.extract([Path("nyt"), Path("bbc")])
    assert [source.id for source in ledger.sources] == ["nyt/story.txt"]
    assert [Path(s.path).as_posix() for s in ledger.skipped] == ["bbc/story.txt"]
    assert "ZeroDivisionError: bad parse" in ledger.skipped[0].reason


def _ids(*paths: str, exclude: tuple[str, ...] = (), force: bool = False) -> list[str]:
    return [source_id for source_id, _ in discover([Path(p) for p in paths], exclude, force)]


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A story folder with drafts, hidden and tool folders, a virtualenv and a .gitignore."""
    for relative in (
        "a.txt",
        "drafts/b.txt",
        "drafts/old/c.txt",
        "notes/d.txt",
        "notes/e.bak.txt",
        ".git/f.txt",
        "env/g.txt",
        "node_modules/h.txt",
        "scratch/i.txt",
        "photo.jpg",
    ):
        path = tmp_path / "story" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(TWELVE, encoding="utf-8")
    (tmp_path / "story" / "env" / "pyvenv.cfg").write_text("home = /usr\n", encoding="utf-8")
    (tmp_path / "story" / ".gitignore").write_text("scratch/\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "story"


def test_a_walk_skips_hidden_tool_and_ignored_folders(tree: Path) -> None:
    assert _ids("story") == [
        "a.txt",
        "drafts/b.txt",
        "drafts/old/c.txt",
        "notes/d.txt",
        "notes/e.bak.txt",
    ]


@pytest.mark.parametrize("pattern", ["drafts/", "drafts/*", "drafts/**"])
def test_exclude_has_gitignore_semantics(tree: Path, pattern: str) -> None:
    assert _ids("story", exclude=(pattern,)) == ["a.txt", "notes/d.txt", "notes/e.bak.txt"]


def test_exclude_without_a_slash_matches_at_any_depth(tree: Path) -> None:
    assert "notes/e.bak.txt" not in _ids("story", exclude=("*.bak.txt",))


def test_a_named_file_is_read_unless_force_exclude(tree: Path) -> None:
    assert _ids("story/notes/e.bak.txt", exclude=("*.bak.txt",)) == ["e.bak.txt"]
    assert _ids("story/notes/e.bak.txt", "story/a.txt", exclude=("*.bak.txt",), force=True) == [
        "story/a.txt"
    ]


def test_folders_nested_thousands_deep_are_walked(tmp_path: Path) -> None:
    folder = deepest = tmp_path / "deep"
    folder.mkdir()
    for _ in range(1200):  # one at a time: mkdir(parents=True) itself recurses
        deepest = deepest / "d"
        deepest.mkdir()
    (deepest / "x.txt").write_text(TWELVE, encoding="utf-8")
    try:
        assert len(discover([folder])) == 1
    finally:
        # pytest's own clean-up of old temporary folders recurses; leave nothing this deep.
        (deepest / "x.txt").unlink()
        while deepest != folder:
            deepest.rmdir()
            deepest = deepest.parent


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root reads all")
def test_an_unreadable_folder_is_reported_as_skipped(tree: Path) -> None:
    locked = tree / "notes"
    locked.chmod(0)
    try:
        found = load_articles([tree])
        loaded, skipped = found.articles, found.skipped
    finally:
        locked.chmod(0o755)
    assert "notes/d.txt" not in [article.id for article in loaded]
    assert [(Path(s.path).name, s.reason) for s in skipped] == [
        ("notes", "folder cannot be read (Permission denied)")
    ]


def test_stdin_is_an_article_with_the_name_given(outlets: Path) -> None:
    result = RUNNER.invoke(
        app,
        ["scan", "-", "nyt", "--stdin-filename", "pasted.txt", "--format", "json"],
        input=THIRTY,
    )
    report = json.loads(result.stdout)
    assert sorted(source["id"] for source in report["sources"]) == [
        "nyt/story.txt",
        "pasted.txt",
    ]
    assert report["summary"]["conflicts"] == 1
    assert result.exit_code == 1


def test_stdin_beside_a_folder_takes_the_folder_s_config(outlets: Path) -> None:
    (outlets / "nyt" / "claimcheck.toml").write_text('fail_on = "never"\n', encoding="utf-8")
    result = RUNNER.invoke(app, ["scan", "-", "nyt", "-q"], input=THIRTY)
    assert result.exit_code == 0, result.output


def test_stdin_alone_defaults_to_the_name_stdin(outlets: Path) -> None:
    result = RUNNER.invoke(app, ["extract", "-"], input=TWELVE)
    assert result.exit_code == 0
    assert {json.loads(line)["source"] for line in result.stdout.splitlines()} == {"stdin"}


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document; claimcheck reads plain text"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive (a .docx, .odt or .epub is one)"),
        ("The fire".encode("utf-16"), "UTF-16 text; convert it: iconv -f utf-16 -t utf-8"),
        ("Caf\xe9 owners".encode("latin-1"), "not UTF-8 text (bad byte at offset 3); if it is"),
        # Data without NUL bytes is no text in another encoding: no conversion advice.
        (bytes(range(1, 256)) * 4, "binary file (11% of its first bytes are control characters)"),
    ],
)
def test_formats_not_read_say_what_they_are(outlets: Path, content: bytes, reason: str) -> None:
    (outlets / "nyt" / "doc.txt").write_bytes(content)
    found = load_articles([Path("nyt")])
    skipped = found.skipped
    assert len(skipped) == 1 and skipped[0].reason.startswith(reason)


SIGTERM_SCRIPT = """
import multiprocessing, signal, sys, time
from pathlib import Path
from claimcheck import cli, pipeline
from claimcheck.load import LoadedText

def sleeper(batch):
    # The first batch runs in this process, before the pool forks: only workers sleep.
    if multiprocessing.parent_process() is not None:
        time.sleep(120)
    return []

pipeline.process_articles = sleeper
pipeline.PARALLEL_MIN_ARTICLES = 2
signal.signal(signal.SIGTERM, cli._terminated)
articles = [LoadedText(id=str(i), path=Path(str(i)), text="x", sha256="") for i in range(96)]
print("ready", flush=True)
list(pipeline._process_all(articles))
"""


def _gone_within(pids: list[str], seconds: float) -> bool:
    """Whether every process is gone, or a zombie waiting to be reaped, within a time:
    under load a stopped worker may take a moment to leave."""
    import time

    deadline = time.monotonic() + seconds
    while True:
        alive = []
        for pid in pids:
            try:
                state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except (FileNotFoundError, IndexError):
                continue
            if state != "Z":
                alive.append(pid)
        if not alive or time.monotonic() > deadline:
            return not alive
        time.sleep(0.1)


@pytest.mark.skipif(not hasattr(os, "fork") or (os.cpu_count() or 1) < 2, reason="needs 2 cores")
def test_sigterm_stops_the_worker_processes(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    with subprocess.Popen(
        [sys.executable, "-c", SIGTERM_SCRIPT], stdout=subprocess.PIPE, text=True
    ) as process:
        assert process.stdout is not None and process.stdout.readline() == "ready\n"
        children: list[str] = []
        for _ in range(100):  # the pool starts its workers
            found = subprocess.run(
                ["pgrep", "-P", str(process.pid)], capture_output=True, text=True, check=False
            )
            children = found.stdout.split()
            if children:
                break
            time.sleep(0.05)
        assert children
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 128 + signal.SIGTERM
    assert _gone_within(children, seconds=10)


def test_a_jsonl_corpus_gives_one_article_per_line(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    records = [
        {"id": "a1", "title": "Fire kills 12", "url": "https://example.org/a1", "text": STAFF},
        {"content": MORE_STAFF, "date": "2024-03-04", "site": "Example Post"},
        {"title": "no text here"},
    ]
    dump.write_text("\n".join(json.dumps(r) for r in records) + "\nnot json\n\n", encoding="utf-8")
    code, out, err = run("scan", str(dump), "--format", "json", "--no-progress")
    report = json.loads(out)
    assert [(s["id"], s["metadata"]) for s in report["sources"]] == [
        (
            "dump.jsonl#a1",
            {
                "author": None,
                "outlet": None,
                "published": None,
                "story": None,
                "title": "Fire kills 12",
                "url": "https://example.org/a1",
            },
        ),
        (
            "dump.jsonl#2",
            {
                "author": None,
                "outlet": "Example Post",
                "published": "2024-03-04",
                "story": None,
                "title": None,
                "url": None,
            },
        ),
    ]
    assert report["summary"]["conflicts"] == 1 and code == 1
    assert "line 3: no text (looked for text, content" in err
    assert "line 4: not JSON" in err


def test_jsonl_field_names_are_configurable(tmp_path: Path) -> None:
    (tmp_path / "dump.jsonl").write_text(
        json.dumps({"story": TWELVE, "key": "x"}) + "\n", encoding="utf-8"
    )
    (tmp_path / "claimcheck.toml").write_text(
        '[jsonl_fields]\ntext = ["story"]\nid = ["key"]\n', encoding="utf-8"
    )
    code, out, _ = run("extract", str(tmp_path))
    assert code == 0
    assert {json.loads(line)["source"] for line in out.splitlines()} == {"dump.jsonl#x"}


def test_claimchecks_own_jsonl_output_is_not_read_as_articles(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TWELVE, encoding="utf-8")
    ledger = tmp_path / "claims.jsonl"
    assert run("extract", str(tmp_path), "-o", str(ledger))[0] == 0
    found = load_articles([tmp_path])
    loaded, skipped = found.articles, found.skipped
    assert [article.id for article in loaded] == ["a.txt"]
    assert [s.reason for s in skipped] == ["a claimcheck ledger or report, not articles"]


PAGE = """<!DOCTYPE html><html><head><title>Fire kills 12 | Example Post</title>
<meta property="og:site_name" content="Example Post"><meta name="author" content="Ana Ruiz">
<meta property="article:published_time" content="2024-03-04T10:00:00Z">
<link rel="canonical" href="https://example.org/fire"></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a> | 1,200 comments</nav>
<article><h1>Fire kills 12</h1>
<p>The Brackwater dam employs 1,200 workers, the utility said on Monday.</p>
<p>It destroyed 40 homes in the old town, the mayor said on Tuesday.</p></article>
<footer>1,200 comments. Share this story.</footer></body></html>
"""


def test_a_saved_web_page_is_read_for_its_main_text_and_metadata(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "wire.txt").write_text(MORE_STAFF, encoding="utf-8")
    code, out, _ = run("scan", str(tmp_path), "--format", "json", "--no-progress")
    report = json.loads(out)
    page = next(source for source in report["sources"] if source["id"] == "page.html")
    assert page["metadata"] == {
        "author": "Ana Ruiz",
        "outlet": "Example Post",
        "published": "2024-03-04",
        "story": None,
        "title": "Fire kills 12",
        "url": "https://example.org/fire",
    }
    texts = [claim["text"] for claim in report["claims"] if claim["source"] == "page.html"]
    assert not any("comments" in text for text in texts)
    assert report["summary"]["conflicts"] == 1 and code == 1


def test_a_jsonl_record_keeps_its_byline(tmp_path: Path) -> None:
    (tmp_path / "dump.jsonl").write_text(
        json.dumps({"text": TWELVE, "byline": "Ana Ruiz"}) + "\n", encoding="utf-8"
    )
    found = load_articles([tmp_path])
    loaded = found.articles
    assert [(a.id, a.metadata.author if a.metadata else None) for a in loaded] == [
        ("dump.jsonl#1", "Ana Ruiz")
    ]


def test_a_publication_date_dates_an_article_that_names_none(tmp_path: Path) -> None:
    (tmp_path / "dump.jsonl").write_text(
        json.dumps({"text": TWELVE, "date": "2024-03-04T10:00:00Z"}) + "\n", encoding="utf-8"
    )
    (tmp_path / "plain.txt").write_text(TWELVE, encoding="utf-8")
    claims = {c.source: c for c in extract_for(tmp_path)}
    assert (claims["dump.jsonl#1"].context_year, claims["dump.jsonl#1"].context_date) == (
        2024,
        "03-04",
    )
    assert (claims["plain.txt"].context_year, claims["plain.txt"].context_date) == (None, None)


def extract_for(folder: Path) -> list[Claim]:
    """The claims of every article under a folder."""
    return list(extract([folder]).claims)


def test_a_folder_walk_skips_documents_and_counts_other_files(outlets: Path) -> None:
    nyt = outlets / "nyt"
    (nyt / "report.pdf").write_bytes(b"%PDF-1.7\n")
    (nyt / "memo.docx").write_bytes(b"PK\x03\x04")
    for name in ("data.csv", "more.csv", "photo.PNG", "README"):
        (nyt / name).write_bytes(b"x")
    for name in (".DS_Store", ".gitignore", "claimcheck.toml"):
        (nyt / name).write_text("\n", encoding="utf-8")
    found = load_articles([Path("nyt")])
    assert [article.id for article in found.articles] == ["story.txt"]
    assert [(Path(s.path).name, s.reason.split(";")[0]) for s in found.skipped] == [
        ("memo.docx", "a Word document"),
        ("report.pdf", "a PDF document"),
    ]
    assert found.ignored == {"": 1, ".csv": 2, ".png": 1}
    code, out, err = run("scan", "nyt", "--format", "json")
    assert code == 0 and json.loads(out)["summary"]["ignored"] == 4
    assert (
        "claimcheck: 4 files of other types ignored (2 .csv, 1 .png, 1 without extension)\n" in err
    )
    assert "claimcheck: skipped nyt/report.pdf: a PDF document" in err


def test_a_page_is_skipped_when_the_extractor_cannot_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(TWELVE, encoding="utf-8")
    (tmp_path / "page.html").write_text("<html><p>The fire killed 30.</p></html>", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails, as without a library
    found = load_articles([tmp_path])
    assert [article.id for article in found.articles] == ["a.txt"]
    assert [s.reason.split(" (")[0] for s in found.skipped] == ["web pages cannot be read here"]


def test_hidden_files_in_a_folder_are_not_articles(outlets: Path) -> None:
    for name in (".#story.txt", "._story.txt", ".draft.md"):
        (outlets / "nyt" / name).write_text(THIRTY, encoding="utf-8")
    found = load_articles([Path("nyt")])
    assert [article.id for article in found.articles] == ["story.txt"]
    assert (found.skipped, found.ignored) == ([], {})
    named = load_articles([Path("nyt/.draft.md")])  # named directly, it is read
    assert [article.id for article in named.articles] == [".draft.md"]


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Fire kills 12 in harbour town", "Fire kills 12 in harbour town"),
        ("Introduction", None),
        ("Sunday, March 17, 2013 | 5:00 PM", None),
        ("11 November 2011 Last updated at 12:41 GMT", None),
        ("The fire killed 12 people on Monday, police said.", None),
    ],
)
def test_a_headline_line_is_the_title(tmp_path: Path, first_line: str, title: str | None) -> None:
    (tmp_path / "a.txt").write_text(f"{first_line}\n{THIRTY}", encoding="utf-8")
    (source,) = extract([tmp_path]).sources
    assert (source.metadata.title if source.metadata else None) == title


@pytest.mark.parametrize("name", ["README.md", "LICENSE.txt", "changelog.md"])
def test_a_folder_s_documentation_is_skipped_with_a_reason_and_read_when_named(
    outlets: Path, name: str
) -> None:
    (outlets / "nyt" / name).write_text("# About this corpus\n\nTwelve stories.\n", "utf-8")
    found = load_articles([Path("nyt")])
    assert [article.id for article in found.articles] == ["story.txt"]
    assert [(Path(s.path).name, s.reason) for s in found.skipped] == [
        (name, "the folder's documentation, not an article (name the file itself to read it)")
    ]
    named = load_articles([Path("nyt") / name])
    assert [article.id for article in named.articles] == [name] and not named.skipped


@pytest.mark.parametrize("args", [["scan", "-f", "json"], ["extract"]], ids=["scan", "extract"])
def test_output_dash_is_standard_output(outlets: Path, args: list[str]) -> None:
    result = RUNNER.invoke(app, [*args, "nyt", "bbc", "-o", "-"])
    assert result.stdout.strip()
    assert not (outlets / "-").exists()


def test_a_program_is_a_binary_file_not_text_in_another_encoding(outlets: Path) -> None:
    (outlets / "tool.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00\xff\xfe\x80 text")
    code, _, stderr = run("scan", "tool.txt")
    assert code == 2
    assert "binary file" in stderr
    assert "iconv" not in stderr

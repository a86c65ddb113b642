"""Loading: turn the paths a user gives into decoded articles.

Why a stage of its own: discovery order, source ids and decoding decide whether
two runs over the same folder give the same bytes, and whether a bad file stops
the run or is reported and skipped. Every span later in the pipeline is an
offset into the text returned here, exactly as ``Path.read_text`` would give it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pathspec

from claimcheck.errors import InputError
from claimcheck.models import SkippedFile, SourceMetadata

ARTICLE_SUFFIXES = (".txt", ".md", ".jsonl", ".html", ".htm")
# Files that configure a run (found by claimcheck.config), not articles: never counted
# among the files of other types a walk leaves out.
CONFIG_FILES = frozenset(("claimcheck.toml", "pyproject.toml"))
# A folder's own documentation (README.md, LICENSE.txt): what a corpus says about itself,
# not an article of it. Skipped in folder walks, with this reason; read when named.
DOCUMENTATION_STEMS = frozenset(
    "readme license licence copying changelog changes contributing authors notice citation".split()
)
DOCUMENTATION_REASON = (
    "the folder's documentation, not an article (name the file itself to read it)"
)
# Documents a folder may hold that claimcheck does not read: each is skipped with what to
# do about it, not merely counted.
DOCUMENT_REASONS = {
    ".pdf": "a PDF document; claimcheck reads plain text: convert it first (pdftotext)",
    ".docx": "a Word document; save it as plain text",
    ".doc": "an old Microsoft Word document; save it as plain text",
    ".odt": "an OpenDocument text; save it as plain text",
    ".rtf": "an RTF document; save it as plain text",
    ".epub": "an e-book; save its chapters as plain text",
}
# Saved web pages, read through a main-text extractor.
HTML_SUFFIXES = (".html", ".htm")
# A JSON Lines corpus: one article per line, as a scraper or a dataset writes it.
JSONL_SUFFIX = ".jsonl"
# Keys of claimcheck's own JSON Lines output (a ledger line, a finding), never articles.
OWN_OUTPUT_KEYS = (frozenset(("sentence_span", "quantities")), frozenset(("rule", "evidence")))
# The opening of claimcheck's own reports as text, Markdown and HTML ("5 sources, 43
# claims, 2 groups: ...", "# claimcheck report", "<title>claimcheck report</title>"): a
# report saved into the folder it scans ("claimcheck scan news > news/report.txt") would
# otherwise come back as an article, its quotes backing the claims they quote.
OWN_REPORT = re.compile(
    rb"\A\s*(?:\d[\d,]* sources?, \d[\d,]* claims?, \d[\d,]* groups?\b|# claimcheck report\b)"
    rb"|<title>claimcheck report</title>"
)
REPORT_SNIFF_BYTES = 2048
OWN_REPORT_REASON = "claimcheck's own report, not an article"
# For each field of an article, the record keys that may hold it, first present wins:
# the shapes of common scrapers (news-please, trafilatura, newspaper) and datasets.
JSONL_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article", "maintext", "raw_text"),
    "id": ("id", "_id", "uuid", "doc_id", "guid"),
    "title": ("title", "headline"),
    "url": ("url", "link", "source_url"),
    "published": ("date", "published", "date_publish", "publish_date", "published_at", "pubdate"),
    "outlet": ("outlet", "site", "source_domain", "publisher", "sitename", "source"),
    "author": ("author", "byline", "authors"),
    "story": ("story", "story_id", "cluster"),
}
# Files above this size are skipped unless the config raises it (``max_file_size``): a
# news article is a few kilobytes, and a run over a stray dump or a device must not
# exhaust memory.
MAX_FILE_BYTES = 16 * 1024 * 1024
UTF8_BOM = "\ufeff"
# The path that stands for standard input.
STDIN = Path("-")


@dataclass(frozen=True)
class LoadedText:
    """A decoded article before cleaning: its id, path, text and byte hash."""

    id: str
    path: Path
    text: str
    sha256: str
    metadata: SourceMetadata | None = None


@dataclass(frozen=True)
class Discovered:
    """What a walk over the user's paths found: articles by id, what it could not use
    (with reasons), and how many files of other types it left out, by extension."""

    files: list[tuple[str, Path]]
    skipped: list[SkippedFile]
    ignored: dict[str, int]


@dataclass(frozen=True)
class Loaded:
    """The articles read, the files that could not be used (with reasons), and the files
    of other types a folder walk left out, counted by extension ("" for none)."""

    articles: list[LoadedText]
    skipped: list[SkippedFile]
    ignored: dict[str, int]


def discover(
    paths: Sequence[Path], exclude: Iterable[str] = (), force_exclude: bool = False
) -> list[tuple[str, Path]]:
    """List article files under the given paths as (source id, path), sorted by id.

    See ``discover_all``, which also says what was left out.
    """
    return discover_all(paths, exclude, force_exclude).files


def discover_all(
    paths: Sequence[Path],
    exclude: Iterable[str] = (),
    force_exclude: bool = False,
    several: bool | None = None,
) -> Discovered:
    """Article files under the given paths, and the folders that could not be read.

    With one path, a file keeps its own name as id and a file found in a folder gets
    its path relative to that folder, so ids do not depend on the current directory.
    With several paths, ids keep the path as given ("nyt/story.txt", "bbc/story.txt"),
    so files of the same name in different folders stay apart. A file reached twice
    (a folder and a file inside it, two links to one file) is read once, under the id
    it was first found with; two different files that would share an id get "~2",
    "~3" after it, in the order given.

    Walking a folder skips hidden folders, virtual environments and what its
    ``.gitignore`` files ignore; ``exclude`` patterns have gitignore semantics too,
    matched against the path inside the scanned folder ("drafts/", "drafts/*",
    "*.bak.txt"). A file named directly is read even if excluded, unless
    ``force_exclude``.

    :param paths: files and folders given by the user
    :param exclude: gitignore-style patterns of paths to leave out
    :param force_exclude: apply ``exclude`` to files named directly too
    :param several: whether the run has several paths (standard input counts as one);
        by default, whether ``paths`` has
    :raises InputError: when a path does not exist
    """
    excluded = pathspec.GitIgnoreSpec.from_lines(list(exclude))
    several = len(paths) > 1 if several is None else several
    found: dict[str, Path] = {}
    seen: set[tuple[int, int] | str] = set()
    skipped: list[SkippedFile] = []
    ignored: Counter[str] = Counter()
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            walked = _walk(path, excluded)
            skipped.extend(walked.skipped)
            ignored.update(walked.ignored)
            candidates = [
                ((path / relative).as_posix() if several else relative, file)
                for relative, file in walked.files
            ]
        elif force_exclude and excluded.match_file(path.as_posix()):
            continue
        else:
            candidates = [(path.as_posix() if several else path.name, path)]
        for source_id, file in candidates:
            identity = _identity(file)
            if identity in seen:
                continue
            seen.add(identity)
            unique, copy = source_id, 1
            while unique in found:
                copy += 1
                unique = f"{source_id}~{copy}"
            found[unique] = file
    return Discovered(
        files=sorted(found.items()), skipped=skipped, ignored=dict(sorted(ignored.items()))
    )


def _walk(root: Path, excluded: pathspec.GitIgnoreSpec) -> Discovered:
    """(path relative to root, path) of the article files below a folder, sorted; the
    documents it cannot read, with reasons; the other files it leaves out, by extension.

    Hidden files are neither read nor counted, like hidden folders: an editor's lock
    file or a copy it keeps (".#a.txt", "._a.txt") is no article. Configuration files
    are not counted. Iterative, so that
    folders nested thousands deep do not exhaust the stack; each folder is entered
    once, so a link back up the tree does not loop.
    """
    files: list[tuple[str, Path]] = []
    skipped: list[SkippedFile] = []
    ignored: Counter[str] = Counter()
    ignores: list[tuple[str, pathspec.GitIgnoreSpec]] = []
    entered: set[tuple[int, int] | str] = {_identity(root)}
    stack: list[tuple[Path, str]] = [(root, "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            skipped.append(
                SkippedFile(path=str(folder), reason=f"folder cannot be read ({_os_reason(error)})")
            )
            continue
        gitignore = Path(folder) / ".gitignore"
        if gitignore.is_file():
            try:
                lines = gitignore.read_text(encoding="utf-8", errors="replace").splitlines()
                ignores.append((prefix, pathspec.GitIgnoreSpec.from_lines(lines)))
            except OSError as error:
                skipped.append(
                    SkippedFile(path=str(gitignore), reason=f"cannot be read ({_os_reason(error)})")
                )
        for entry in entries:
            relative = prefix + entry.name
            try:
                is_folder = entry.is_dir()
            except OSError:
                is_folder = False
            shown = relative + "/" if is_folder else relative
            if excluded.match_file(shown) or any(
                shown.startswith(base) and spec.match_file(shown[len(base) :])
                for base, spec in ignores
            ):
                continue
            if is_folder:
                if _not_articles(Path(entry.path)):
                    continue
                identity = _identity(Path(entry.path))
                if identity not in entered:
                    entered.add(identity)
                    stack.append((Path(entry.path), relative + "/"))
                continue
            if entry.name.startswith("."):
                # Hidden files are tools' and editors' (".DS_Store", "._a.txt", ".#a.txt").
                continue
            suffix = Path(entry.name).suffix.lower()
            if suffix in ARTICLE_SUFFIXES and Path(entry.name).stem.lower() in DOCUMENTATION_STEMS:
                skipped.append(SkippedFile(path=entry.path, reason=DOCUMENTATION_REASON))
            elif suffix in ARTICLE_SUFFIXES:
                files.append((relative, Path(entry.path)))
            elif suffix in DOCUMENT_REASONS:
                skipped.append(SkippedFile(path=entry.path, reason=DOCUMENT_REASONS[suffix]))
            elif entry.name not in CONFIG_FILES:
                ignored[suffix] += 1
    return Discovered(
        files=sorted(files), skipped=sorted(skipped, key=lambda s: s.path), ignored=dict(ignored)
    )


# Folders that hold tools, not articles.
TOOL_FOLDERS = frozenset(("__pycache__", "node_modules", "site-packages"))


def _not_articles(folder: Path) -> bool:
    """A hidden folder (".git", ".cache"), a virtual environment, or a tool's folder."""
    return (
        folder.name.startswith(".")
        or folder.name in TOOL_FOLDERS
        or (folder / "pyvenv.cfg").is_file()
    )


def _identity(file: Path) -> tuple[int, int] | str:
    """What makes two paths one file: device and inode, or the resolved path of a link
    that leads nowhere."""
    try:
        status = file.stat()
    except OSError:
        return str(file.resolve())
    return (status.st_dev, status.st_ino)


def read_article(
    source_id: str, path: Path, max_bytes: int = MAX_FILE_BYTES
) -> LoadedText | SkippedFile:
    """Read and decode one article, or say in one line why it cannot be used.

    The text is exactly what ``Path.read_text(encoding="utf-8")`` returns, so
    spans computed on it match what other tools see. A UTF-8 BOM is accepted;
    it stays in the text as the first character, as ``read_text`` leaves it.
    Only regular files are read: a FIFO would block the run and a device never
    ends (``/dev/zero``). A file larger than ``max_bytes`` is skipped. A saved web
    page (``.html``, ``.htm``) is read through ``read_page``.
    """
    raw = read_bytes(path, max_bytes)
    if isinstance(raw, SkippedFile):
        return raw
    if OWN_REPORT.search(raw[:REPORT_SNIFF_BYTES]):
        return SkippedFile(path=str(path), reason=OWN_REPORT_REASON)
    if path.suffix.lower() in HTML_SUFFIXES:
        return read_page(source_id, path, raw)
    return decode_article(source_id, path, raw)


def read_bytes(path: Path, max_bytes: int = MAX_FILE_BYTES) -> bytes | SkippedFile:
    """The bytes of a regular file of at most ``max_bytes``, or why they cannot be had."""
    try:
        status = path.stat()
    except OSError as error:
        reason = "broken link" if path.is_symlink() and not path.exists() else _os_reason(error)
        return SkippedFile(path=str(path), reason=f"cannot be read ({reason})")
    if not stat.S_ISREG(status.st_mode):
        return SkippedFile(
            path=str(path), reason=f"not a regular file ({_file_type(status.st_mode)})"
        )
    if status.st_size > max_bytes:
        return SkippedFile(
            path=str(path),
            reason=(
                f"larger than the size limit ({status.st_size:,} bytes > {max_bytes:,}; "
                "raise max_file_size in claimcheck.toml to read it)"
            ),
        )
    try:
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as error:
        return SkippedFile(path=str(path), reason=f"cannot be read ({_os_reason(error)})")
    if len(raw) > max_bytes:
        return SkippedFile(path=str(path), reason=f"grew past the size limit ({max_bytes:,} bytes)")
    return raw


def read_page(source_id: str, path: Path, raw: bytes) -> LoadedText | SkippedFile:
    """The article of a saved web page: its main text, and what the page says about it.

    trafilatura finds the main text (leaving out navigation, comments, footers and
    share widgets) and the page's title, author, date, site and URL. The article's
    text is that extracted text, so spans, lines and columns count in it, not in the
    HTML; the sha256 is of the page's bytes.
    """
    try:
        import trafilatura  # imported when a page is read: it takes a while to load
    except ImportError as error:
        return SkippedFile(
            path=str(path),
            reason=f"web pages cannot be read here ({error.msg.split(';')[0]}); reinstall claimcheck",
        )
    try:
        document = trafilatura.bare_extraction(
            raw, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as error:  # noqa: BLE001 - a page the extractor cannot read is skipped
        return SkippedFile(path=str(path), reason=f"web page could not be read ({error})")
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        return SkippedFile(path=str(path), reason="web page with no article text found")
    metadata = SourceMetadata(
        title=getattr(document, "title", None) or None,
        url=getattr(document, "url", None) or None,
        published=getattr(document, "date", None) or None,
        outlet=getattr(document, "sitename", None) or getattr(document, "hostname", None) or None,
        author=getattr(document, "author", None) or None,
    )
    return LoadedText(
        id=source_id,
        path=path,
        text=_universal_newlines(text),
        sha256=hashlib.sha256(raw).hexdigest(),
        metadata=metadata,
    )


def decode_article(source_id: str, path: Path, raw: bytes) -> LoadedText | SkippedFile:
    """An article from its bytes, or why they are no article (not UTF-8, empty, binary)."""
    kind = _known_format(raw)
    if kind is not None:
        return SkippedFile(path=str(path), reason=kind)
    if b"\x00" in raw:
        # Before decoding: a program or an image is binary, not text in another encoding.
        return SkippedFile(path=str(path), reason="binary file (contains NUL bytes)")
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        share = _control_share(raw[:SNIFF_BYTES])
        if share > BINARY_CONTROL_SHARE:
            # Text in another encoding has hardly any control characters; data has many.
            return SkippedFile(
                path=str(path),
                reason=f"binary file ({share:.0%} of its first bytes are control characters)",
            )
        return SkippedFile(
            path=str(path),
            reason=(
                f"not UTF-8 text (bad byte at offset {error.start}); if it is Latin-1 or "
                "Windows-1252, convert it: iconv -f cp1252 -t utf-8"
            ),
        )
    if not decoded.lstrip(UTF8_BOM).strip():
        return SkippedFile(path=str(path), reason="empty")
    text = _universal_newlines(decoded)
    return LoadedText(id=source_id, path=path, text=text, sha256=hashlib.sha256(raw).hexdigest())


# Bytes read to tell data from text in another encoding, and the share of control
# characters (other than tab, line breaks and form feed) above which they are data:
# random bytes hold about 11%, text in any 8-bit encoding next to none.
SNIFF_BYTES = 8192
BINARY_CONTROL_SHARE = 0.05
_CONTROL_BYTES = frozenset((*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F))


def _control_share(sample: bytes) -> float:
    """The share of control characters among some bytes (0 for none)."""
    return sum(byte in _CONTROL_BYTES for byte in sample) / len(sample) if sample else 0.0


# Formats recognised by their first bytes, with what to do about them.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", DOCUMENT_REASONS[".pdf"]),
    (
        b"PK\x03\x04",
        "a ZIP archive (a .docx, .odt or .epub is one); save the document as plain text",
    ),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document; save it as plain text"),
    (b"{\\rtf", DOCUMENT_REASONS[".rtf"]),
    (b"\xff\xfe", "UTF-16 text; convert it: iconv -f utf-16 -t utf-8"),
    (b"\xfe\xff", "UTF-16 text; convert it: iconv -f utf-16 -t utf-8"),
)


def _universal_newlines(text: str) -> str:
    """``read_text``'s universal newlines: every line ends in "\\n", as spans assume."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _os_reason(error: OSError) -> str:
    """An operating-system error in a few words ("Permission denied")."""
    return error.strerror or type(error).__name__


def _known_format(raw: bytes) -> str | None:
    """What a file is when its first bytes say it is no UTF-8 text, else None."""
    return next((reason for magic, reason in _SIGNATURES if raw.startswith(magic)), None)


def _file_type(mode: int) -> str:
    """What a non-regular file is, in words."""
    for test, name in (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def load_articles(
    paths: Sequence[Path],
    exclude: Iterable[str] = (),
    max_bytes: int = MAX_FILE_BYTES,
    force_exclude: bool = False,
    stdin_name: str = "stdin",
    jsonl_fields: Mapping[str, Sequence[str]] = JSONL_FIELDS,
) -> Loaded:
    """Load every article under paths; unusable files are returned, not raised.

    The path ``-`` reads one article from standard input, with id ``stdin_name``. A
    ``.jsonl`` file holds one article per line (see ``read_records``).

    :param exclude: gitignore-style patterns of paths to leave out (see ``discover_all``)
    :param max_bytes: files larger than this are skipped with a reason
    :param force_exclude: apply ``exclude`` to files named directly too
    :raises InputError: when a path is missing or nothing readable was found
    """
    files = [path for path in paths if path != STDIN]
    discovered = discover_all(files, exclude, force_exclude, several=len(paths) > 1)
    results: list[LoadedText | SkippedFile] = []
    for source_id, path in discovered.files:
        if path.suffix.lower() == JSONL_SUFFIX:
            results.extend(read_records(source_id, path, max_bytes, jsonl_fields))
        else:
            results.append(read_article(source_id, path, max_bytes))
    if len(files) < len(paths):
        results.append(_read_stdin(stdin_name, max_bytes))
    loaded = [result for result in results if isinstance(result, LoadedText)]
    skipped = [*discovered.skipped, *(r for r in results if isinstance(r, SkippedFile))]
    if len({article.id for article in loaded}) < len(loaded):
        raise InputError(f"{stdin_name}: --stdin-filename names a file that is also scanned")
    if not loaded:
        shown = ", ".join(str(p) for p in paths)
        left_out = [_skipped_summary(skipped)] if skipped else []
        if discovered.ignored:
            left_out.append(ignored_summary(discovered.ignored))
        readable = f"{', '.join(ARTICLE_SUFFIXES[:-1])} and {ARTICLE_SUFFIXES[-1]}"
        if skipped and not discovered.ignored:
            # Files of a readable type that could not be read: their reason is the news,
            # not the list of types ("/usr/bin/ls: ... binary file").
            raise InputError(f"{shown}: no readable articles; {left_out[0]}")
        raise InputError(
            "; ".join(
                [
                    f"{shown}: no readable articles found (claimcheck reads {readable} files)",
                    *left_out,
                ]
            )
        )
    return Loaded(articles=loaded, skipped=skipped, ignored=discovered.ignored)


def _skipped_summary(skipped: Sequence[SkippedFile]) -> str:
    """The files left out, for a one-line error: the reason of one, or the first of
    several by name ("3 skipped, the first a.pdf: a PDF document ..."), so that one reason
    does not read as every file's."""
    if len(skipped) == 1:
        return f"1 skipped: {skipped[0].reason}"
    return f"{len(skipped)} skipped, the first {skipped[0].path}: {skipped[0].reason}"


def ignored_summary(ignored: Mapping[str, int]) -> str:
    """'6 files of other types ignored (3 .csv, 2 .png, 1 without extension)'.

    :param ignored: count of files by extension ("" for none), as ``Loaded.ignored``
    """
    total = sum(ignored.values())
    kinds = ", ".join(
        f"{count} {suffix or 'without extension'}"
        for suffix, count in sorted(
            ignored.items(), key=lambda item: (-item[1], not item[0], item[0])
        )
    )
    noun = "file" if total == 1 else "files"
    return f"{total} {noun} of other types ignored ({kinds})"


def _read_stdin(name: str, max_bytes: int) -> LoadedText | SkippedFile:
    """The article piped in on standard input (``-``), read in bounded memory."""
    raw = sys.stdin.buffer.read(max_bytes + 1)
    if len(raw) > max_bytes:
        return SkippedFile(path=name, reason=f"larger than the size limit ({max_bytes:,} bytes)")
    return decode_article(name, Path(name), raw)


def read_records(
    source_id: str,
    path: Path,
    max_bytes: int = MAX_FILE_BYTES,
    fields: Mapping[str, Sequence[str]] = JSONL_FIELDS,
) -> list[LoadedText | SkippedFile]:
    """The articles of a JSON Lines file, one per line, or why a line or the file is none.

    Each line is a JSON object; its text is the first of ``fields["text"]`` present
    (likewise id, title, url, published and outlet). An article's id is the file's id,
    "#" and the record's id, or its line number when it has none
    ("dump.jsonl#17"). Spans, lines and columns count inside the record's text.
    Blank lines are skipped silently; a line that is not a JSON object with a text is
    skipped with its reason.
    """
    read = read_article(source_id, path, max_bytes)
    if isinstance(read, SkippedFile):
        return [read]
    records: list[LoadedText | SkippedFile] = []
    taken: set[str] = set()
    for number, line in enumerate(read.text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}#{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            records.append(SkippedFile(path=where, reason=f"line {number}: not JSON ({error.msg})"))
            continue
        if not isinstance(record, dict):
            records.append(SkippedFile(path=where, reason=f"line {number}: not a JSON object"))
            continue
        if any(keys <= record.keys() for keys in OWN_OUTPUT_KEYS):
            # A ledger written next to the articles ("extract -o articles/claims.jsonl").
            return [
                SkippedFile(path=str(path), reason="a claimcheck ledger or report, not articles")
            ]
        value = {field: _first_text(record, fields.get(field, ())) for field in JSONL_FIELDS}
        text = value["text"]
        if not text or not text.strip():
            names = ", ".join(fields.get("text", ())) or "none configured"
            records.append(
                SkippedFile(path=where, reason=f"line {number}: no text (looked for {names})")
            )
            continue
        key = value["id"] or str(number)
        record_id = f"{source_id}#{key}" if key not in taken else f"{source_id}#{key}~{number}"
        taken.add(key)
        metadata = SourceMetadata(
            title=value["title"],
            url=value["url"],
            published=value["published"],
            outlet=value["outlet"],
            author=value["author"],
            story=value["story"],
        )
        records.append(
            LoadedText(
                id=record_id,
                path=path,
                text=_universal_newlines(text),
                sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                metadata=metadata if any(metadata.model_dump().values()) else None,
            )
        )
    return records


def _first_text(record: dict[str, object], names: Sequence[str]) -> str | None:
    """The first of the named fields that holds a string (or a number, as text)."""
    for name in names:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
    return None

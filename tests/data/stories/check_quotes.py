#!/usr/bin/env python3
"""Sanity-check the story corpus: every quote in every expected.json must occur
exactly once in its article, be 3-10 words long, and every article must be
120-350 words. Run: python tests/data/stories/check_quotes.py"""

import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent
KEYS = {"story", "conflicts", "not_conflicts", "unsourced", "sourced", "changes"}


def main() -> int:
    errors = []
    stories = sorted(p for p in ROOT.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))
    for story in stories:
        exp = json.loads((story / "expected.json").read_text(encoding="utf-8"))
        tomllib.loads((story / "claimcheck.toml").read_text(encoding="utf-8"))
        if set(exp) != KEYS:
            errors.append(f"{story.name}: keys {sorted(exp)}")
        if exp.get("story") != story.name:
            errors.append(f"{story.name}: story field {exp.get('story')!r}")
        arts = sorted(story.glob("*.txt"))
        if not 3 <= len(arts) <= 4:
            errors.append(f"{story.name}: {len(arts)} articles")
        for a in arts:
            n = len(a.read_text(encoding="utf-8").split())
            if not 120 <= n <= 350:
                errors.append(f"{story.name}/{a.name}: {n} words")
        refs = []
        for sec in ("conflicts", "not_conflicts", "changes"):
            for it in exp[sec]:
                refs += [(sec, it["id"], it["a"]), (sec, it["id"], it["b"])]
                if sec == "conflicts" and it["rule"] not in ("strict", "pragmatic", "factual"):
                    errors.append(f"{story.name}: bad rule {it['rule']}")
        refs += [("unsourced", it["id"], it["at"]) for it in exp["unsourced"]]
        refs += [("sourced", "-", it) for it in exp["sourced"]]
        ids = [
            it["id"]
            for s in ("conflicts", "not_conflicts", "unsourced", "changes")
            for it in exp[s]
        ]
        if len(ids) != len(set(ids)):
            errors.append(f"{story.name}: duplicate ids")
        for sec, iid, (fname, quote) in refs:
            path = story / fname
            if not path.exists():
                errors.append(f"{story.name}: {sec}/{iid}: missing file {fname}")
                continue
            text = path.read_text(encoding="utf-8")
            c = text.count(quote)
            if c != 1:
                errors.append(f"{story.name}: {sec}/{iid}: {quote!r} occurs {c}x in {fname}")
            if not 3 <= len(quote.split()) <= 10:
                errors.append(
                    f"{story.name}: {sec}/{iid}: {quote!r} has {len(quote.split())} words"
                )
        counts = {
            k: len(exp[k])
            for k in ("conflicts", "not_conflicts", "unsourced", "sourced", "changes")
        }
        print(
            story.name,
            " ".join(f"{k}={v}" for k, v in counts.items()),
            "words=" + ",".join(str(len(a.read_text(encoding="utf-8").split())) for a in arts),
        )
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

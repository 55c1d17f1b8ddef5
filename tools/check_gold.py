#!/usr/bin/env python3
"""Sanity-check a gold directory against the schema of ../shared/corpus/README.md.

Usage: check_gold.py DIR   (DIR holds articles/NNN.txt and gold/NNN.json)
Checks: valid JSON, article id matches the file, an article exists, every evidence
sentence occurs verbatim in its article, types/dates/ISO alpha-3 codes well formed.
Standard library only; exits 1 on any problem.
"""
import json, re, sys
from pathlib import Path

TYPES = {"MEET", "VISIT", "CALL", "SIGN", "COMMIT", "SUPPORT", "RELATION"}
DAY = r"\d{4}(-\d{2}(-\d{2})?)?"
DATE = re.compile(rf"^{DAY}(/{DAY})?$")
ISO3 = re.compile(r"^[A-Z]{3}$")
FIELDS = {"key", "type", "date", "place", "participants", "countries", "what", "evidence"}


def check(root):
    problems = []
    for g in sorted((root / "gold").glob("*.json")):
        where = g.name
        try:
            d = json.loads(g.read_text(encoding="utf-8"))
        except ValueError as e:
            problems.append(f"{where}: invalid JSON ({e})"); continue
        if d.get("article") != g.stem:
            problems.append(f"{where}: article id {d.get('article')!r} is not the file name")
        art = root / "articles" / f"{g.stem}.txt"
        if not art.exists():
            problems.append(f"{where}: no article {art.name}"); continue
        text = art.read_text(encoding="utf-8")
        pub = d.get("published")
        if pub is not None and not re.fullmatch(DAY, pub):
            problems.append(f"{where}: bad published {pub!r}")
        for i, e in enumerate(d.get("events", [])):
            at = f"{where}#{i} {e.get('key')}"
            if set(e) != FIELDS:
                problems.append(f"{at}: fields {sorted(set(e) ^ FIELDS)}")
            if e.get("type") not in TYPES:
                problems.append(f"{at}: bad type {e.get('type')!r}")
            if e.get("date") is not None and not DATE.match(e["date"]):
                problems.append(f"{at}: bad date {e['date']!r}")
            if not all(ISO3.match(c) for c in e.get("countries", [])) or not e.get("countries"):
                problems.append(f"{at}: bad countries {e.get('countries')!r}")
            if e.get("type") in {"SIGN", "COMMIT", "SUPPORT", "RELATION"} and not e.get("what"):
                problems.append(f"{at}: 'what' required for {e['type']}")
            if not e.get("evidence") or e["evidence"] not in text:
                problems.append(f"{at}: evidence not verbatim in {art.name}")
    return problems


if __name__ == "__main__":
    root = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    found = check(root)
    print("\n".join(found) or f"ok: {len(list((root / 'gold').glob('*.json')))} gold files")
    sys.exit(1 if found else 0)

#!/usr/bin/env python3
"""Compare a locale's content folder with the English one, structure for structure.

Usage: python3 content/tools/compare-locale-de.py content/de   (run from the repository root)

For every English file under content/ (the TOML files and guide/*.md) the locale must have the
same file, and in it: the same tables, ids, keys and list lengths in the same order; the same
value for every field that is not words (ids, icons, who, kind, audience, company, occasion,
answer, measure, multiple, distress, at_most, learn/action/calm targets, kinds, own_words,
Markdown front-matter keys other than `title`); and in every translated string the same set of
{placeholders}. Guide pages must also keep their count of headings and list items.
Prints each difference and exits 1 if there is any; prints counts and exits 0 otherwise.
"""

import re
import sys
import tomllib
from pathlib import Path

# Keys whose string values are words a person reads (translated); everything else must match.
WORDS = {
    "title", "summary", "steps", "say", "ask", "text", "label", "low", "high", "body",
    "okay", "not_so_good", "later",  # reminders.toml `answers`
}
PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_-]*)\}")

problems = []
counts = {"entries": 0, "strings": 0, "words": 0}


def words_of(text):
    return len(re.findall(r"\w+", text))


def compare(en, tr, where, words_file, key=None):
    if isinstance(en, dict):
        if not isinstance(tr, dict):
            problems.append(f"{where}: expected a table")
            return
        if list(en) != list(tr):
            missing = [k for k in en if k not in tr]
            extra = [k for k in tr if k not in en]
            if missing or extra:
                problems.append(f"{where}: missing keys {missing}, extra keys {extra}")
            else:
                problems.append(f"{where}: keys in a different order")
        for k in en:
            if k in tr:
                compare(en[k], tr[k], f"{where}.{k}", words_file, k)
    elif isinstance(en, list):
        if not isinstance(tr, list) or len(en) != len(tr):
            problems.append(f"{where}: expected a list of {len(en)}, found {tr!r:.80}")
            return
        for i, (a, b) in enumerate(zip(en, tr)):
            label = a.get("id", i) if isinstance(a, dict) else i
            if isinstance(a, dict):
                counts["entries"] += 1
                if a.get("id") != b.get("id"):
                    problems.append(f"{where}[{i}]: id {a.get('id')!r} became {b.get('id')!r}")
            compare(a, b, f"{where}[{label}]", words_file, key)
    elif isinstance(en, str) and (words_file or key in WORDS):
        if not isinstance(tr, str):
            problems.append(f"{where}: expected a string")
            return
        if not tr.strip():
            problems.append(f"{where}: is empty")
        pe, pt = sorted(set(PLACEHOLDER.findall(en))), sorted(set(PLACEHOLDER.findall(tr)))
        if pe != pt:
            problems.append(f"{where}: placeholders {pe} became {pt}")
        counts["strings"] += 1
        counts["words"] += words_of(tr)
    elif en != tr:
        problems.append(f"{where}: {en!r} must stay as it is, found {tr!r}")


def front_matter(text, where):
    parts = text.split("+++", 2)
    if len(parts) != 3 or parts[0].strip():
        problems.append(f"{where}: no +++ front matter")
        return {}, text
    return tomllib.loads(parts[1]), parts[2]


def shape(body):
    lines = body.splitlines()
    return {
        "headings": sum(1 for l in lines if l.startswith("#")),
        "list items": sum(1 for l in lines if re.match(r"^\s*(-|\d+\.)\s", l)),
    }


def main():
    root = Path("content")
    locale = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "de"
    for en_path in sorted(root.glob("*.toml")):
        tr_path = locale / en_path.name
        if not tr_path.exists():
            problems.append(f"{tr_path}: missing")
            continue
        en = tomllib.loads(en_path.read_text())
        tr = tomllib.loads(tr_path.read_text())
        compare(en, tr, tr_path.name, words_file=en_path.name == "ui.toml")
    for en_path in sorted((root / "guide").glob("*.md")):
        tr_path = locale / "guide" / en_path.name
        if not tr_path.exists():
            problems.append(f"{tr_path}: missing")
            continue
        where = f"guide/{en_path.name}"
        en_meta, en_body = front_matter(en_path.read_text(), where)
        tr_meta, tr_body = front_matter(tr_path.read_text(), where)
        compare(en_meta, tr_meta, where, words_file=False)
        if shape(en_body) != shape(tr_body):
            problems.append(f"{where}: shape {shape(en_body)} became {shape(tr_body)}")
        counts["words"] += words_of(tr_body)
    for extra in sorted(set(p.name for p in locale.glob("*.toml")) - set(p.name for p in root.glob("*.toml"))):
        if extra != "neutral-words.toml":
            problems.append(f"{locale / extra}: no English file of that name")
    for extra in sorted(set(p.name for p in (locale / "guide").glob("*.md")) - set(p.name for p in (root / "guide").glob("*.md"))):
        problems.append(f"{locale}/guide/{extra}: no English page of that name")
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} difference(s)")
        sys.exit(1)
    print(f"{locale}: matches English: {counts['entries']} entries, {counts['strings']} strings, "
          f"{counts['words']} words")


main()

#!/usr/bin/env python3
"""Checks that a translation folder mirrors the English content exactly.

    python3 content/tools/compare-locale.py content/es          # from the repository root
    python3 content/tools/compare-locale.py content/de --quiet  # errors and totals only

The English files in content/ are the source of truth. For every file (the seven .toml files and
guide/*.md) the translation must have the same sections, keys, ids and order; the same values
wherever a value is an id, a kind or a link target rather than words; the same {placeholders} in
every string; and no empty string. It also applies the content rules that hold in any language
(a tile title fits, a summary is one line, an `ask` can be said when tired, the getting-help page
names no phone number) and, when the folder has a neutral-words.toml, checks that no reminder
wording or the neutral app name contains one of its `revealing` words.

Errors make the exit status 1. Notes (a string left identical to English, a Learn page whose
bold runs differ in number) are for the reviewer and never fail. Python 3.11 or newer (tomllib).
"""

import re
import sys
import tomllib
from pathlib import Path

TOML_FILES = [
    "actions.toml",
    "affirmations.toml",
    "card.toml",
    "messages.toml",
    "questions.toml",
    "reminders.toml",
    "ui.toml",
]

# Keys whose values are ids, kinds, flags or link targets: never translated. (Not applied to
# ui.toml, whose keys are all words: `home.learn` there is a label, not a link.)
FIXED = {
    "id", "icon", "who", "kind", "kinds", "audience", "company", "occasion", "answer",
    "measure", "multiple", "distress", "at_most", "learn", "action", "calm", "own_words",
}
# Front-matter keys of a Learn page that stay as in English (only `title` is translated).
FIXED_FRONT = {"id", "order", "see_also"}

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
LIST_ITEM = re.compile(r"^\s*(?:[-*+] |\d+\. )")

# The same limits as core/tests/core/content.rs (`every_action_card_is_short_enough_...`) and
# the `ask` rule in content/README.md.
TITLE_MAX_CHARS = 14
SUMMARY_MAX_CHARS = 120
ASK_MAX_WORDS = 14


class Report:
    def __init__(self):
        self.errors = []
        self.notes = []
        self.entries = 0
        self.words = 0
        self.english_words = 0
        self.file = ""

    def _where(self, where):
        if self.file:
            return f"{self.file}: {where}" if where else self.file
        return where

    def error(self, where, text):
        self.errors.append(f"{self._where(where)}: {text}")

    def note(self, where, text):
        self.notes.append(f"{self._where(where)}: {text}")


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def count_words(text):
    return len(PLACEHOLDER.sub(" ", text).split())


def has_words(text):
    """Whether a string has anything to translate besides placeholders and punctuation."""
    return any(c.isalpha() for c in PLACEHOLDER.sub("", text))


def label(item, index):
    if isinstance(item, dict) and isinstance(item.get("id"), str):
        return f' "{item["id"]}"'
    return f"[{index}]"


def compare(en, tr, where, report, fixed):
    """Compares one English value with its translation, recursively."""
    if isinstance(en, dict):
        if not isinstance(tr, dict):
            report.error(where, f"should be a table, found {type(tr).__name__}")
            return
        missing = [k for k in en if k not in tr]
        extra = [k for k in tr if k not in en]
        for key in missing:
            report.error(where, f"key `{key}` is missing")
        for key in extra:
            report.error(where, f"key `{key}` is not in English")
        shared_en = [k for k in en if k in tr]
        shared_tr = [k for k in tr if k in en]
        if shared_en != shared_tr:
            report.error(where, "keys are in a different order than in English")
        for key in shared_en:
            inner = f"{where}.{key}" if where else key
            compare(en[key], tr[key], inner, report, fixed)
        return
    if isinstance(en, list):
        if not isinstance(tr, list):
            report.error(where, f"should be a list, found {type(tr).__name__}")
            return
        en_ids = [x.get("id") for x in en if isinstance(x, dict)]
        tr_ids = [x.get("id") for x in tr if isinstance(x, dict)]
        if en_ids and en_ids != tr_ids:
            for missing in [i for i in en_ids if i not in tr_ids]:
                report.error(where, f'id "{missing}" is missing')
            for extra in [i for i in tr_ids if i not in en_ids]:
                report.error(where, f'id "{extra}" is not in English')
            if sorted(map(str, en_ids)) == sorted(map(str, tr_ids)):
                report.error(where, "ids are in a different order than in English")
            return
        if len(en) != len(tr):
            report.error(where, f"has {len(tr)} items, English has {len(en)}")
            return
        for index, (a, b) in enumerate(zip(en, tr)):
            compare(a, b, f"{where}{label(a, index)}", report, fixed)
        return
    key = where.rsplit(".", 1)[-1].split("[", 1)[0].split(" ", 1)[0]
    if type(en) is not type(tr):
        report.error(where, f"should be a {type(en).__name__}, found {type(tr).__name__}")
        return
    if not isinstance(en, str) or (fixed and key in FIXED):
        if en != tr:
            report.error(where, f"must stay {en!r} (found {tr!r})")
        return
    # A string of words.
    if not tr.strip():
        report.error(where, "is empty")
        return
    if placeholders(en) != placeholders(tr):
        report.error(
            where,
            f"placeholders differ: English {placeholders(en)}, translation {placeholders(tr)}",
        )
    if tr == en and has_words(en):
        report.note(where, f"identical to English: {en!r}")
    report.words += count_words(tr)
    report.english_words += count_words(en)


def count_entries(data, name):
    """Entries a person sees: each [[item]] in the list files, each string key in ui.toml."""
    if name == "ui.toml":
        def strings(table):
            return sum(
                strings(v) if isinstance(v, dict) else 1
                for v in table.values()
            )
        return strings(data)
    return sum(len(v) for v in data.values() if isinstance(v, list))


def check_actions(tr, report):
    for action in tr.get("action", []):
        where = f'actions.toml: action "{action.get("id")}"'
        title = action.get("title", "")
        if len(title) > TITLE_MAX_CHARS:
            report.error(where, f"title is {len(title)} characters (at most {TITLE_MAX_CHARS})")
        summary = action.get("summary", "")
        if len(summary) > SUMMARY_MAX_CHARS:
            report.error(
                where, f"summary is {len(summary)} characters (at most {SUMMARY_MAX_CHARS})"
            )
        for i, ask in enumerate(action.get("ask", [])):
            if count_words(ask) > ASK_MAX_WORDS:
                report.error(where, f"ask[{i}] has {count_words(ask)} words (at most {ASK_MAX_WORDS})")


def check_neutral(locale, data, report):
    path = locale / "neutral-words.toml"
    if not path.exists():
        report.note(str(path), "no list of revealing words: notifications not checked")
        return
    words = tomllib.loads(path.read_text(encoding="utf-8")).get("revealing", [])
    if not words:
        report.error(str(path), "`revealing` is missing or empty")
        return
    texts = []
    for wording in data.get("reminders.toml", {}).get("wording", []):
        parts = [wording.get("title", ""), wording.get("body", "")]
        parts += list(wording.get("answers", {}).values())
        texts.append((f'reminders.toml: wording "{wording.get("id")}"', " ".join(parts)))
    neutral = data.get("ui.toml", {}).get("app", {}).get("neutral_name")
    if neutral:
        texts.append(("ui.toml: app.neutral_name", neutral))
    for where, text in texts:
        lowered = text.lower()
        for word in words:
            if word.lower() in lowered:
                report.error(where, f"contains {word!r}, which must not show on a lock screen")


def split_page(text):
    """A Learn page's front matter (a table) and body."""
    parts = text.split("+++")
    if len(parts) < 3 or parts[0].strip():
        return None, text
    return tomllib.loads(parts[1]), "+++".join(parts[2:])


def shape(body):
    lines = body.splitlines()
    return {
        "headings": [line.count("#", 0, len(line) - len(line.lstrip("#"))) for line in lines
                     if line.startswith("#")],
        "list items": sum(1 for line in lines if LIST_ITEM.match(line)),
        "bold runs": body.count("**") // 2,
    }


def check_guide(base, locale, report):
    en_dir, tr_dir = base / "guide", locale / "guide"
    en_pages = sorted(p.name for p in en_dir.glob("*.md"))
    tr_pages = sorted(p.name for p in tr_dir.glob("*.md")) if tr_dir.is_dir() else []
    for name in en_pages:
        if name not in tr_pages:
            report.error(f"guide/{name}", "page is missing")
    for name in tr_pages:
        if name not in en_pages:
            report.error(f"guide/{name}", "page is not in English")
    for name in en_pages:
        if name not in tr_pages:
            continue
        where = f"guide/{name}"
        en_front, en_body = split_page((en_dir / name).read_text(encoding="utf-8"))
        tr_front, tr_body = split_page((tr_dir / name).read_text(encoding="utf-8"))
        if tr_front is None:
            report.error(where, "has no front matter between two +++ lines")
            continue
        if list(en_front) != list(tr_front):
            report.error(where, f"front matter keys {list(tr_front)}, English {list(en_front)}")
        for key in FIXED_FRONT & en_front.keys():
            if tr_front.get(key) != en_front[key]:
                report.error(where, f"`{key}` must stay {en_front[key]!r}")
        title = tr_front.get("title", "")
        if not isinstance(title, str) or not title.strip():
            report.error(where, "title is empty")
        elif title == en_front.get("title"):
            report.note(where, f"title identical to English: {title!r}")
        if not tr_body.strip():
            report.error(where, "body is empty")
            continue
        en_shape, tr_shape = shape(en_body), shape(tr_body)
        for part in ("headings", "list items"):
            if en_shape[part] != tr_shape[part]:
                report.error(where, f"{part}: {tr_shape[part]}, English {en_shape[part]}")
        if en_shape["bold runs"] != tr_shape["bold runs"]:
            report.note(
                where, f"bold runs: {tr_shape['bold runs']}, English {en_shape['bold runs']}"
            )
        if en_front.get("id") == "getting-help" and any(c.isascii() and c.isdigit() for c in tr_body):
            report.error(where, "names a number: the getting-help page gives no country's numbers")
        report.entries += 1
        report.words += count_words(title) + count_words(tr_body)
        report.english_words += count_words(en_front.get("title", "")) + count_words(en_body)


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    quiet = "--quiet" in argv
    if len(args) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    locale = Path(args[0])
    base = locale.parent
    report = Report()
    data = {}
    for name in TOML_FILES:
        en_path, tr_path = base / name, locale / name
        if not tr_path.exists():
            report.error(name, "file is missing")
            continue
        try:
            en = tomllib.loads(en_path.read_text(encoding="utf-8"))
            tr = tomllib.loads(tr_path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            report.error(name, f"does not parse: {error}")
            continue
        data[name] = tr
        report.file = name
        compare(en, tr, "", report, fixed=name != "ui.toml")
        report.file = ""
        report.entries += count_entries(tr, name)
    if "actions.toml" in data:
        check_actions(data["actions.toml"], report)
    check_neutral(locale, data, report)
    check_guide(base, locale, report)

    if not quiet:
        for line in report.notes:
            print(f"note  {line}")
    for line in report.errors:
        print(f"ERROR {line}")
    print(
        f"{locale}: {len(report.errors)} error(s), {len(report.notes)} note(s); "
        f"{report.entries} entries, {report.words} words "
        f"(English: {report.english_words} words)"
    )
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Converts a ui.toml (the UI's words before issue 28) into Fluent's ui.ftl, once.

    python3 content/tools/toml-to-ftl.py content/ui.toml > content/ui.ftl

Kept for the record and for a translation that still arrives as ui.toml: after the conversion
the .ftl files are the source, and ui.toml is gone. Each `[section]` becomes a group comment,
each `key` the message `section-key` (a dot becomes a dash: the UI still asks for
`section.key`), each `{name}` the variable `{ $name }`, and each comment stays above what it
described. Plural variants are written by hand afterwards (TRANSLATION-NOTES.md lists them).
"""

import re
import sys
import tomllib
from pathlib import Path

SPECIAL_START = ("[", "*", ".")


def value_of(table, dotted):
    for part in dotted.split("."):
        table = table[part]
    return table


def ftl_text(text):
    """A TOML string as a Fluent pattern: placeholders become variables, braces stay literal."""
    out = []
    for piece in re.split(r"(\{\w+\})", text):
        if re.fullmatch(r"\{\w+\}", piece):
            out.append("{ $" + piece[1:-1] + " }")
        else:
            out.append(piece.replace("{", '{ "{" }').replace("}", '{ "}" }'))
    pattern = "".join(out)
    if pattern.startswith(SPECIAL_START) or pattern != pattern.strip():
        raise SystemExit(f"needs escaping by hand: {text!r}")
    return pattern


def convert(path):
    source = Path(path).read_text(encoding="utf-8")
    table = tomllib.loads(source)
    lines = []
    section = None
    pending = []
    header = True
    for raw in source.splitlines():
        line = raw.strip()
        if line.startswith("#"):
            comment = line[1:].strip()
            pending.append(comment)
            continue
        if not line:
            if header and pending:
                lines.extend("### " + c if c else "###" for c in pending)
                lines.append("")
                pending = []
            header = False
            continue
        header = False
        heading = re.fullmatch(r"\[([\w.]+)\]", line)
        if heading:
            section = heading.group(1)
            lines.append("")
            lines.append("## " + section)
            lines.extend("## " + c if c else "##" for c in pending)
            pending = []
            lines.append("")
            continue
        key = re.match(r"([\w-]+)\s*=", line)
        if not key:
            raise SystemExit(f"{path}: cannot read line {raw!r}")
        dotted = f"{section}.{key.group(1)}" if section else key.group(1)
        lines.extend("# " + c if c else "#" for c in pending)
        pending = []
        lines.append(f"{dotted.replace('.', '-')} = {ftl_text(value_of(table, dotted))}")
    return "\n".join(lines).strip("\n") + "\n"


if __name__ == "__main__":
    sys.stdout.write(convert(sys.argv[1]))

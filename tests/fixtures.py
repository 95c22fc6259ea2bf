"""Rule fixtures: Markdown files whose examples carry their expected findings inline.

    # RL201 service-jargon
    ## Flags
    - We [[signposted => directed]] Mrs Khan to the carers' centre.
    ## Stays quiet
    - She said "I don't want a package of care."

`[[words]]` marks a finding the rule must produce with exactly that span; `[[words => a | b]]`
also requires those suggestions (in any order, possibly among others). A term a word-choice
rule reports once for the record still has every use marked: the marks after the first are
the other uses its finding lists. Unmarked text must
produce no finding of the rule. Each bullet is one record. A fenced block whose info string
starts with `record` is a multi-line record: `record kind=letter expect=RL901` sets its kind
and says it must produce document-level finding(s) of that rule (`expect=none`: it must not).
Metadata may be given as `meta.contact_date=2026-03-02`. A ```toml block sets configuration
for the examples after it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MARK = re.compile(r"\[\[(.+?)(?:\s*=>\s*(.*?))?\]\]", re.S)
FIXTURES = Path(__file__).parent / "rules"


class FixtureError(Exception):
    """A fixture file is malformed (the harness refuses it rather than pass silently)."""


@dataclass
class Expected:
    start: int
    end: int
    suggestions: tuple[str, ...]


@dataclass
class Example:
    source: str  # as written, with markers
    text: str  # markers stripped
    expected: list[Expected]
    kind: str | None = None
    document_findings: bool | None = None  # None: not a document-level expectation
    metadata: dict[str, str] = field(default_factory=dict)
    config: dict[str, Any] = field(default_factory=dict)
    line: int = 0


@dataclass
class Fixture:
    path: Path
    code: str
    name: str
    examples: list[Example]


def strip_markers(source: str) -> tuple[str, list[Expected]]:
    if source.count("[[") != source.count("]]"):
        raise FixtureError(f"unbalanced markers in: {source!r}")
    text_parts: list[str] = []
    expected: list[Expected] = []
    position = 0
    cursor = 0
    for match in MARK.finditer(source):
        if "[[" in match.group(1):
            raise FixtureError(f"nested markers in: {source!r}")
        text_parts.append(source[cursor : match.start()])
        position += match.start() - cursor
        words = match.group(1)
        suggestions = tuple(s.strip() for s in (match.group(2) or "").split("|") if s.strip())
        expected.append(Expected(position, position + len(words), suggestions))
        text_parts.append(words)
        position += len(words)
        cursor = match.end()
    text_parts.append(source[cursor:])
    return "".join(text_parts), expected


def parse_fixture(path: Path) -> Fixture:
    lines = path.read_text(encoding="utf-8").splitlines()
    heading = re.match(r"^# (RL\d{3}) ([a-z-]+)\s*$", lines[0]) if lines else None
    if not heading:
        raise FixtureError(f"{path.name}: first line must be '# RLnnn rule-name'")
    examples: list[Example] = []
    config: dict[str, Any] = {}
    section: str | None = None
    i = 1
    while i < len(lines):
        line = lines[i]
        if line.startswith("## "):
            section = line[3:].strip().lower()
        elif line.startswith("```"):
            info = line[3:].strip()
            body = []
            start_line = i + 1
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                body.append(lines[i])
                i += 1
            if i >= len(lines):
                raise FixtureError(f"{path.name}:{start_line}: unclosed fence")
            block = "\n".join(body)
            if info == "toml":
                config = tomllib.loads(block)
            elif info.startswith("record"):
                examples.append(_record_example(block, info, config, start_line, path))
            else:
                raise FixtureError(f"{path.name}:{start_line}: unknown fence {info!r}")
        elif line.startswith("- ") and section is not None:
            text, expected = strip_markers(line[2:])
            if section.startswith("stays quiet") and expected:
                raise FixtureError(f"{path.name}:{i + 1}: marker in a 'Stays quiet' example")
            if section.startswith("flags") and not expected:
                raise FixtureError(f"{path.name}:{i + 1}: 'Flags' example without a marker")
            examples.append(Example(line[2:], text, expected, config=config, line=i + 1))
        i += 1
    if not examples:
        raise FixtureError(f"{path.name}: no examples")
    return Fixture(path, heading.group(1), heading.group(2), examples)


def _record_example(
    block: str, info: str, config: dict[str, Any], line: int, path: Path
) -> Example:
    attrs = dict(part.split("=", 1) for part in info.split()[1:])
    text, expected = strip_markers(block)
    expect = attrs.pop("expect", None)
    kind = attrs.pop("kind", None)
    metadata = {k.removeprefix("meta."): v for k, v in attrs.items() if k.startswith("meta.")}
    unknown = [k for k in attrs if not k.startswith("meta.")]
    if unknown:
        raise FixtureError(f"{path.name}:{line}: unknown record attributes {unknown}")
    document = None if expect is None else expect.lower() != "none"
    return Example(block, text, expected, kind, document, metadata, config, line)


def all_fixtures() -> list[Path]:
    return sorted(FIXTURES.glob("RL*.md"))


def remark(text: str, spans: list[tuple[int, int]]) -> str:
    """The example re-marked with actual findings, so a failure reads like the fixture."""
    out, cursor = [], 0
    for start, end in sorted(spans):
        if start < cursor:
            continue
        out += [text[cursor:start], "[[", text[start:end], "]]"]
        cursor = end
    out.append(text[cursor:])
    return "".join(out)

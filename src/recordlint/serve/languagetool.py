"""LanguageTool's HTTP API (``/v2/check``, ``/v2/languages``) in terms of recordlint findings.

Clients people already have (the LanguageTool browser add-on, LibreOffice, LTeX+, Obsidian)
send a form and read back LanguageTool's JSON. Everything here is plain data in and out, so
the web application stays a thin shell and this mapping can be tested without a server.

Offsets in requests and answers count UTF-16 code units (LanguageTool is written in Java), and
offsets for annotated text (the ``data`` field) count the markup too, though the markup itself
is not checked.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from recordlint import __version__
from recordlint.config.selection import matches
from recordlint.findings import Category, Finding, Report, Severity
from recordlint.offsets import Utf16Offsets, utf16_length
from recordlint.rules.registry import Rule, get_rule
from recordlint.suppression import sentence_at

API_VERSION = 1
# recordlint checks British English; clients that label a document English of another
# variety are answered with the same British checks rather than refused.
LANGUAGES: tuple[dict[str, str], ...] = (
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
)
CHECKED_LANGUAGE = {"name": "English (GB)", "code": "en-GB"}
_CONTEXT_CHARS = 40
# A sentence longer than this either side of a finding is cut there.
_SENTENCE_WINDOW_CHARS = 800

# LanguageTool's issue types (from the Localization Quality Issue Type vocabulary) decide how
# clients draw a match: misspellings in red, grammar in yellow, style in blue.
_ISSUE_TYPES: dict[Category, str] = {
    Category.ACRONYM: "terminology",
    Category.JARGON: "terminology",
    Category.READABILITY: "style",
    Category.SPELLING: "misspelling",
    Category.GRAMMAR: "grammar",
    Category.JUDGEMENTAL: "register",
    Category.OPINION: "style",
    Category.RATIONALE: "omission",
    Category.PERSON_VOICE: "omission",
    Category.CONTACT_DETAILS: "omission",
    Category.TIMELINESS: "other",
}
_CATEGORY_NAMES: dict[Category, str] = {
    Category.ACRONYM: "Acronyms and abbreviations",
    Category.JARGON: "Jargon",
    Category.READABILITY: "Readability",
    Category.SPELLING: "Spelling",
    Category.GRAMMAR: "Grammar",
    Category.JUDGEMENTAL: "Respectful wording",
    Category.OPINION: "Fact and opinion",
    Category.RATIONALE: "Reasons for decisions",
    Category.PERSON_VOICE: "The person's voice",
    Category.CONTACT_DETAILS: "Contact details",
    Category.TIMELINESS: "Timeliness",
}


class BadCheckRequest(ValueError):
    """The request cannot be checked; the message says why, in LanguageTool's manner."""


def category_id(category: Category) -> str:
    """LanguageTool-style category identifier: ``person-voice`` becomes ``PERSON_VOICE``."""
    return category.value.upper().replace("-", "_")


def category_name(category: Category) -> str:
    return _CATEGORY_NAMES.get(category, category.value.replace("-", " ").capitalize())


# --- the text to check ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Segment:
    plain_start: int  # where the segment's checked text starts in the plain text
    plain_end: int
    original_start: int  # UTF-16 offsets of the segment in the text the client holds
    original_end: int
    offsets: Utf16Offsets | None  # None for markup: any position inside maps to its edges


class AnnotatedText:
    """The plain text recordlint checks and the way back to the client's offsets.

    Built from ``text`` (plain text) or from ``data`` (annotated text: parts of text and of
    markup; markup is replaced by its ``interpretAs`` value, or left out, for checking).
    """

    def __init__(self, parts: Sequence[tuple[str, str | None]]) -> None:
        """``parts``: (checked text, markup as the client holds it or None for text)."""
        pieces: list[str] = []
        segments: list[_Segment] = []
        plain = original = 0
        for checked, markup in parts:
            length = utf16_length(markup) if markup is not None else utf16_length(checked)
            if checked:
                offsets = Utf16Offsets(checked) if markup is None else None
                segments.append(
                    _Segment(plain, plain + len(checked), original, original + length, offsets)
                )
            pieces.append(checked)
            plain += len(checked)
            original += length
        self.plain = "".join(pieces)
        self.original_length = original
        self._segments = segments
        self._starts = [segment.plain_start for segment in segments]

    @classmethod
    def from_text(cls, text: str) -> AnnotatedText:
        return cls([(text, None)])

    @classmethod
    def from_data(cls, data: str) -> AnnotatedText:
        """Parse LanguageTool's ``data`` field: ``{"annotation": [{"text": ...} or
        {"markup": ..., "interpretAs": ...}, ...]}``."""
        try:
            parsed = json.loads(data)
        except json.JSONDecodeError as error:
            raise BadCheckRequest(f"'data' is not valid JSON: {error.msg}") from None
        if isinstance(parsed, dict) and isinstance(parsed.get("text"), str):
            return cls.from_text(parsed["text"])  # some clients wrap plain text this way
        annotation = parsed.get("annotation") if isinstance(parsed, dict) else None
        if not isinstance(annotation, list):
            raise BadCheckRequest("'data' must be a JSON object with an 'annotation' list")
        parts: list[tuple[str, str | None]] = []
        for number, part in enumerate(annotation, start=1):
            if not isinstance(part, dict):
                raise BadCheckRequest(f"'data' annotation part {number} is not an object")
            text, markup = part.get("text"), part.get("markup")
            if isinstance(text, str) and markup is None:
                parts.append((text, None))
            elif isinstance(markup, str) and text is None:
                interpret_as = part.get("interpretAs", "")
                if not isinstance(interpret_as, str):
                    raise BadCheckRequest(
                        f"'data' annotation part {number}: 'interpretAs' must be a string"
                    )
                parts.append((interpret_as, markup))
            else:
                raise BadCheckRequest(
                    f"'data' annotation part {number} needs either 'text' or 'markup' "
                    "(a string), not both"
                )
        return cls(parts)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The client's (offset, length) in UTF-16 units for plain-text indices [start, end)."""
        first = self._original_at(start, at_end=False)
        last = self._original_at(end, at_end=True) if end > start else first
        return first, max(0, last - first)

    def _original_at(self, index: int, *, at_end: bool) -> int:
        # The segments cover the plain text without gaps. A start belongs to the segment
        # holding its character, an end to the segment it closes, so a finding never takes in
        # the markup just before or after it.
        if at_end:
            position = bisect.bisect_left(self._starts, index) - 1
        else:
            if index >= len(self.plain):
                return self.original_length
            position = bisect.bisect_right(self._starts, index) - 1
        if position < 0:
            return 0
        segment = self._segments[position]
        if segment.offsets is None:
            return segment.original_end if at_end else segment.original_start
        return segment.original_start + segment.offsets.to_utf16(index - segment.plain_start)


# --- the request ------------------------------------------------------------------------


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split(",") if part.strip())


@dataclass(frozen=True, slots=True)
class CheckRequest:
    text: AnnotatedText
    language: str
    enabled_rules: tuple[str, ...] = ()
    disabled_rules: tuple[str, ...] = ()
    enabled_categories: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = ()
    enabled_only: bool = False
    level: str = "default"


def parse_check_form(form: Mapping[str, str]) -> CheckRequest:
    """Read a ``/v2/check`` form; fields recordlint has no use for are accepted and ignored
    (``motherTongue``, ``preferredVariants``, ``username``, ``apiKey``, ...)."""
    if form.get("text") is not None:
        text = AnnotatedText.from_text(form["text"])
    elif form.get("data") is not None:
        text = AnnotatedText.from_data(form["data"])
    else:
        raise BadCheckRequest("Missing 'text' or 'data' parameter")
    language = (form.get("language") or "").strip()
    if not language:
        raise BadCheckRequest("Missing 'language' parameter, e.g. language=en-GB")
    if language.lower() != "auto" and language.split("-")[0].lower() != "en":
        raise BadCheckRequest(
            f"'{language}' is not a language recordlint checks; it checks British English (en-GB)"
        )
    request = CheckRequest(
        text=text,
        language=language,
        enabled_rules=_split(form.get("enabledRules")),
        disabled_rules=_split(form.get("disabledRules")),
        enabled_categories=_split(form.get("enabledCategories")),
        disabled_categories=_split(form.get("disabledCategories")),
        enabled_only=(form.get("enabledOnly") or "").strip().lower() == "true",
        level=(form.get("level") or "default").strip().lower(),
    )
    if request.enabled_only and not (request.enabled_rules or request.enabled_categories):
        raise BadCheckRequest(
            "enabledOnly=true needs 'enabledRules' or 'enabledCategories' to name what to check"
        )
    return request


def wanted(request: CheckRequest) -> Callable[[Rule], bool]:
    """Which rules' findings the request asks for. Rule selectors are recordlint's (a code,
    a prefix, a category or a rule name); identifiers of LanguageTool's own rules, which
    clients send out of habit, match nothing here and are ignored."""

    def named(selectors: tuple[str, ...], rule: Rule) -> bool:
        return any(matches(selector, rule) for selector in selectors if selector.upper() != "ALL")

    def in_categories(categories: tuple[str, ...], rule: Rule) -> bool:
        wanted_ids = {c.upper().replace("-", "_") for c in categories}
        return category_id(rule.category) in wanted_ids

    def keep(rule: Rule) -> bool:
        if named(request.disabled_rules, rule):
            return False
        if in_categories(request.disabled_categories, rule):
            return False
        if request.enabled_only:
            return named(request.enabled_rules, rule) or in_categories(
                request.enabled_categories, rule
            )
        return True

    return keep


# --- the answer -------------------------------------------------------------------------


def software() -> dict[str, Any]:
    return {
        "name": "recordlint",
        "version": __version__,
        "buildDate": "",
        "apiVersion": API_VERSION,
        "premium": False,
        "premiumHint": "",
        "status": "",
    }


def languages() -> list[dict[str, str]]:
    return [dict(language) for language in LANGUAGES]


def check_response(
    report: Report,
    request: CheckRequest,
    rule_url: Callable[[str], str],
    display_span: Callable[[Finding, str], tuple[int, int]],
) -> dict[str, Any]:
    """The ``/v2/check`` JSON for ``report``, a lint of ``request.text.plain``.

    ``display_span`` says which words a finding underlines (a finding about the whole record
    is shown on the start of its first line); ``rule_url`` gives each rule's page.
    """
    keep = wanted(request)
    matches_out = []
    for finding in report.findings:
        rule = get_rule(finding.code)
        if rule is None or not keep(rule):
            continue
        start, end = display_span(finding, request.text.plain)
        matches_out.append(_match(finding, rule, start, end, request.text, rule_url))
    requested = next(
        (lang for lang in LANGUAGES if lang["longCode"].lower() == request.language.lower()),
        None,
    )
    language: dict[str, object] = (
        {"name": requested["name"], "code": requested["longCode"]}
        if requested
        else dict(CHECKED_LANGUAGE)
    )
    language["detectedLanguage"] = {**CHECKED_LANGUAGE, "confidence": 1.0}
    return {
        "software": software(),
        # A rule that could not run (such as an unreachable grammar server) leaves gaps.
        "warnings": {"incompleteResults": bool(report.errors)},
        "language": language,
        "matches": matches_out,
    }


def _match(
    finding: Finding,
    rule: Rule,
    start: int,
    end: int,
    text: AnnotatedText,
    rule_url: Callable[[str], str],
) -> dict[str, Any]:
    plain = text.plain
    offset, length = text.original_span(start, end)
    before_start = max(0, start - _CONTEXT_CHARS)
    after_end = min(len(plain), end + _CONTEXT_CHARS)
    before = ("..." if before_start else "") + plain[before_start:start]
    context = before + plain[start:after_end] + ("..." if after_end < len(plain) else "")
    return {
        "message": finding.message,
        "shortMessage": category_name(finding.category),
        "replacements": [{"value": suggestion} for suggestion in finding.suggestions],
        "offset": offset,
        "length": length,
        "context": {
            # Line breaks would break the one-line context clients show.
            "text": context.replace("\r", " ").replace("\n", " "),
            "offset": utf16_length(before),
            "length": utf16_length(plain[start:end]),
        },
        "sentence": _sentence(plain, start, end),
        "type": {"typeName": _type_name(finding)},
        "rule": {
            "id": finding.code,
            "description": _description(rule),
            "issueType": _ISSUE_TYPES.get(finding.category, "other"),
            "category": {
                "id": category_id(finding.category),
                "name": category_name(finding.category),
            },
            "urls": [{"value": rule_url(finding.code)}],
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a finding, looked for near it only: scanning from the start of a
    long record for each of its findings would make the answer quadratic in its length."""
    window_start = max(0, start - _SENTENCE_WINDOW_CHARS)
    window = text[window_start : end + _SENTENCE_WINDOW_CHARS]
    return sentence_at(window, start - window_start, end - window_start)


@cache
def _description(rule: Rule) -> str:
    return f"{rule.code} {rule.name}: {rule.summary}"


def _type_name(finding: Finding) -> str:
    if finding.category is Category.SPELLING:
        return "UnknownWord"
    return "Hint" if finding.severity is Severity.INFO else "Other"

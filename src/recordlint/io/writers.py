"""Write reports as text lines, the versioned JSON, JSON Lines, CSV or SARIF."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from recordlint.findings import JSON_VERSION, Finding, Report, Severity
from recordlint.io.records import DETAIL_FIELDS, Outcome, Record
from recordlint.text import LineIndex


def finding_dict(finding: Finding, index: LineIndex) -> dict[str, Any]:
    line, column = index.position(finding.start)
    end_line, end_column = index.position(finding.end)
    data = finding.to_dict()
    data.pop("name")
    data.update(line=line, column=column, end_line=end_line, end_column=end_column)
    ordered = (
        "code", "category", "severity", "message", "start", "end", "line", "column",
        "end_line", "end_column", "text", "standard", "suggestions",
    )  # fmt: skip
    # A term used again and again is one finding at its first use; where its other uses
    # are (places only, so a redacted report gives away no words).
    other_uses = [_place(repeat, index) for repeat in finding.repeats]
    return {**{key: data[key] for key in ordered}, "other_uses": other_uses}


def _place(finding: Finding, index: LineIndex) -> dict[str, int]:
    line, column = index.position(finding.start)
    end_line, end_column = index.position(finding.end)
    return {"start": finding.start, "end": finding.end, "line": line, "column": column,
            "end_line": end_line, "end_column": end_column}  # fmt: skip


def file_dict(
    path: str,
    record_id: str,
    report: Report | None,
    errors: Iterable[str] = (),
    min_severity: Severity = Severity.INFO,
) -> dict[str, Any]:
    if report is None:
        return {"path": path, "id": record_id, "kind": None, "findings": [], "metrics": {},
                "errors": list(errors)}  # fmt: skip
    index = LineIndex(report.text)
    findings = [
        finding_dict(f, index) for f in report.findings if f.severity.rank >= min_severity.rank
    ]
    return {
        "path": path,
        "id": record_id,
        "kind": report.kind.value,
        "findings": findings,
        "metrics": report.metrics,
        "errors": [*errors, *report.errors],
    }


def json_document(files: list[dict[str, Any]]) -> str:
    return json.dumps({"version": JSON_VERSION, "files": files}, indent=2, ensure_ascii=False)


def text_lines(path: str, report: Report, min_severity: Severity) -> list[str]:
    """`path:line:col: CODE message` lines, as grep, editors and reviewdog expect."""
    index = LineIndex(report.text)
    lines = []
    for f in report.findings:
        if f.severity.rank < min_severity.rank:
            continue
        line, column = index.position(f.start)
        hint = f" (try: {' / '.join(f.suggestions[:3])})" if f.suggestions else ""
        lines.append(f"{path}:{line}:{column}: {f.code} {f.message}{hint}")
    return lines


# ---------------------------------------------------------------------------------------
# Record streams: JSON Lines, CSV, SARIF, text and the core's JSON, one record at a time
# ---------------------------------------------------------------------------------------

FORMATS = ("text", "json", "jsonl", "csv", "sarif")
# Quoted words in a message are the record's own words ("'OT' is an abbreviation").
_QUOTED = re.compile(r"(?<!\w)(['‘\"“])[^'‘’\"“”\n]+?(['’\"”])(?!\w)")
# Suggestions for these are built from the writer's own words (near spellings of a name).
_SUGGESTIONS_FROM_TEXT = frozenset({"spelling", "grammar"})
# A spreadsheet treats a cell starting with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def redact_finding(finding: dict[str, Any]) -> dict[str, Any]:
    """The finding without the record's words: no matched text, quotes in the message
    replaced, and no suggestions derived from the text."""
    data = dict(finding)
    data["text"] = None
    data["message"] = _QUOTED.sub(r"\1…\2", data["message"])
    if data.get("category") in _SUGGESTIONS_FROM_TEXT:
        data["suggestions"] = []
    return data


def safe_cell(value: Any) -> Any:
    """A value a spreadsheet shows as written: text starting like a formula gets a leading
    apostrophe, so a note reading "=HYPERLINK(...)" cannot run as one."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def record_dict(record: Record, outcome: Outcome | None, *, redact: bool = False) -> dict[str, Any]:
    """One record's result as an object: where it came from, who wrote it, what was found."""
    data: dict[str, Any] = {
        "path": record.source,
        "id": record.id,
        "row": record.row,
        "kind": outcome.kind if outcome else None,  # None: the record was not linted
    }
    for name in DETAIL_FIELDS[1:]:
        data[name] = record.details.get(name)
    findings = outcome.findings if outcome else []
    data["findings"] = [redact_finding(f) for f in findings] if redact else findings
    data["metrics"] = outcome.metrics if outcome else {}
    errors = [record.error] if record.error else []
    data["errors"] = errors + (outcome.errors if outcome else [])
    return data


class RecordWriter:
    """Turns records and their outcomes into text for one output format.

    ``header`` is written once at the start, ``record`` for each record in input order and
    ``footer`` once at the end; ``stopped`` comes before the footer when the input could not
    be read to its end. ``state`` and ``restore`` carry what a resumed run needs.
    """

    def __init__(self, *, redact: bool = False) -> None:
        self.redact = redact

    def header(self) -> str:
        return ""

    def record(self, record: Record, outcome: Outcome | None) -> str:
        raise NotImplementedError

    def footer(self) -> str:
        return ""

    def stopped(self, reason: str) -> None:
        """Reading the input failed part-way; formats with a place for it say so."""
        return None

    def state(self) -> dict[str, Any]:
        return {}

    def restore(self, state: dict[str, Any]) -> None:
        return None


class JsonLinesWriter(RecordWriter):
    def record(self, record: Record, outcome: Outcome | None) -> str:
        data = record_dict(record, outcome, redact=self.redact)
        return json.dumps(data, ensure_ascii=False, default=str) + "\n"


class JsonWriter(RecordWriter):
    """The core's versioned JSON document; it holds every record until the end, so it is
    for small runs."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.files: list[dict[str, Any]] = []

    def record(self, record: Record, outcome: Outcome | None) -> str:
        data = record_dict(record, outcome, redact=self.redact)
        if record.row is None:  # a file: keep the shape `check --format json` always had
            data = {k: v for k, v in data.items() if k not in DETAIL_FIELDS and k != "row"}
            data["kind"] = outcome.kind if outcome else None
            data = {k: data[k] for k in ("path", "id", "kind", "findings", "metrics", "errors")}
        self.files.append(data)
        return ""

    def footer(self) -> str:
        return json_document(self.files) + "\n"


class TextWriter(RecordWriter):
    """`path:line:col: CODE message` lines; an export row is named `file[row N]`."""

    def record(self, record: Record, outcome: Outcome | None) -> str:
        if outcome is None:
            return ""
        label = record.source if record.row is None else f"{record.source}[row {record.row}]"
        lines = []
        for finding in outcome.findings:
            f = redact_finding(finding) if self.redact else finding
            hint = f" (try: {' / '.join(f['suggestions'][:3])})" if f["suggestions"] else ""
            lines.append(f"{label}:{f['line']}:{f['column']}: {f['code']} {f['message']}{hint}")
        return "".join(line + "\n" for line in lines)


CSV_COLUMNS = (
    "path", "row", "id", "kind", "team", "author", "person_id", "contact_date",
    "recorded_date", "code", "category", "severity", "standard", "line", "column", "message",
    "text", "suggestions", "error",
)  # fmt: skip


class CsvWriter(RecordWriter):
    """One finding per row, for a spreadsheet: UTF-8 with a byte order mark (so Excel reads
    the accents), and cells that would start a formula neutralised. A record with no
    findings, or that failed, still gets a row so every record can be accounted for."""

    def header(self) -> str:
        return "\ufeff" + self._rows([list(CSV_COLUMNS)])

    def record(self, record: Record, outcome: Outcome | None) -> str:
        base = record_dict(record, outcome, redact=self.redact)
        common = [base["path"], base["row"], base["id"], base["kind"], base["team"],
                  base["author"], base["person_id"], base["contact_date"],
                  base["recorded_date"]]  # fmt: skip
        error = "; ".join(base["errors"])
        rows = [
            [*common, f["code"], f["category"], f["severity"], f["standard"], f["line"],
             f["column"], f["message"], f["text"], " / ".join(f["suggestions"]), error]
            for f in base["findings"]
        ]  # fmt: skip
        if not rows:
            rows = [[*common, *([""] * 9), error]]
        return self._rows(rows)

    @staticmethod
    def _rows(rows: list[list[Any]]) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        for row in rows:
            writer.writerow(["" if v is None else safe_cell(v) for v in row])
        return buffer.getvalue()


SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
_SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


class SarifWriter(RecordWriter):
    """SARIF 2.1.0, written as it goes: the run's header, each result, then the records that
    could not be read as tool notifications."""

    def __init__(self, rules: list[dict[str, str]], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.rules = rules
        self.results_written = 0
        self.notifications: list[dict[str, Any]] = []

    def header(self) -> str:
        from recordlint import __version__

        driver = {
            "name": "recordlint",
            "version": __version__,
            "rules": [
                {
                    "id": rule["code"],
                    "name": rule["name"],
                    "shortDescription": {"text": rule["summary"]},
                    "defaultConfiguration": {"level": _SARIF_LEVELS[rule["severity"]]},
                    "properties": {"category": rule["category"]},
                }
                for rule in self.rules
            ],
        }
        head = {
            "$schema": SARIF_SCHEMA,
            "version": "2.1.0",
            "runs": [{"tool": {"driver": driver}, "results": []}],
        }
        text = json.dumps(head, ensure_ascii=False)
        return text[: -len("]}]}")] + "\n"  # the results array is left open

    def record(self, record: Record, outcome: Outcome | None) -> str:
        data = record_dict(record, outcome, redact=self.redact)
        for message in data["errors"]:
            self.notifications.append({
                "level": "error",
                "message": {"text": f"{record.label}: {message}"},
            })  # fmt: skip
        parts = []
        keys = outcome.keys if outcome else []
        for finding, key in zip(data["findings"], keys, strict=False):
            result = self._result(record, finding, key)
            result["properties"]["kind"] = data["kind"]  # which rules ran depends on it
            parts.append(json.dumps(result, ensure_ascii=False))
        if not parts:
            return ""
        text = ("," if self.results_written else "") + ",\n".join(parts) + "\n"
        self.results_written += len(parts)
        return text

    def _result(self, record: Record, finding: dict[str, Any], key: str) -> dict[str, Any]:
        uri = Path(record.source).as_posix() if record.source != "-" else "stdin"
        location: dict[str, Any] = {"physicalLocation": {"artifactLocation": {"uri": uri}}}
        if record.row is None:  # a whole file: offsets and lines are the file's own
            location["physicalLocation"]["region"] = {
                "startLine": finding["line"], "startColumn": finding["column"],
                "endLine": finding["end_line"], "endColumn": finding["end_column"],
                "charOffset": finding["start"], "charLength": finding["end"] - finding["start"],
            }  # fmt: skip
        else:
            location["logicalLocations"] = [{"name": record.key, "kind": "record"}]
        return {
            "ruleId": finding["code"],
            "level": _SARIF_LEVELS[finding["severity"]],
            "message": {"text": finding["message"]},
            "locations": [location],
            **self._related(uri, record, finding),
            "partialFingerprints": {"recordlint/v1": key},
            "properties": {
                "recordId": record.id,
                "row": record.row,
                "line": finding["line"],
                "column": finding["column"],
                "category": finding["category"],
                "standard": finding["standard"],
                "suggestions": finding["suggestions"],
            },
        }

    @staticmethod
    def _related(uri: str, record: Record, finding: dict[str, Any]) -> dict[str, Any]:
        """The other uses of a term reported once, as related locations (a whole file
        only: an export row's offsets are not the file's)."""
        if record.row is not None or not finding.get("other_uses"):
            return {}
        related = [
            {"id": number, "message": {"text": "another use"},
             "physicalLocation": {"artifactLocation": {"uri": uri}, "region": {
                 "startLine": use["line"], "startColumn": use["column"],
                 "endLine": use["end_line"], "endColumn": use["end_column"],
                 "charOffset": use["start"], "charLength": use["end"] - use["start"]}}}
            for number, use in enumerate(finding["other_uses"], 1)
        ]  # fmt: skip
        return {"relatedLocations": related}

    def stopped(self, reason: str) -> None:
        self.notifications.append({"level": "error", "message": {"text": reason}})

    def footer(self) -> str:
        invocation = {
            "executionSuccessful": not self.notifications,
            "toolExecutionNotifications": self.notifications,
        }
        return "],\n" + f'"invocations": [{json.dumps(invocation, ensure_ascii=False)}]' + "}]}\n"

    def state(self) -> dict[str, Any]:
        return {"results_written": self.results_written, "notifications": self.notifications}

    def restore(self, state: dict[str, Any]) -> None:
        self.results_written = state.get("results_written", 0)
        self.notifications = list(state.get("notifications", []))


def record_writer(
    output_format: str, *, rules: list[dict[str, str]] | None = None, **kwargs: Any
) -> RecordWriter:
    if output_format == "sarif":
        return SarifWriter(rules or [], **kwargs)
    writers: dict[str, type[RecordWriter]] = {
        "jsonl": JsonLinesWriter, "csv": CsvWriter, "json": JsonWriter, "text": TextWriter,
    }  # fmt: skip
    return writers[output_format](**kwargs)

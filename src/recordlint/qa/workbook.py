"""The audit workbook: sampled records graded against the practice standards.

One row per record and, for each standard of the audit template, recordlint's evidence, a
suggested grade and a drop-down for the auditor's own grade (Met, Partly met, Not met, Not
applicable); then an overall grade, feedback and actions for the worker, the date shared and
the manager's sign-off. A summary sheet counts the grades with formulas, so it recounts as
the auditor works; an agreement sheet compares the auditor's grades with the suggested ones.
"""

from __future__ import annotations

import io
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from recordlint.dates import coerce_date
from recordlint.errors import ConfigError
from recordlint.io.records import Outcome, Record

if TYPE_CHECKING:  # pragma: no cover - typing only
    from recordlint.qa.sample import Sample

MET, PARTLY, NOT_MET, NOT_APPLICABLE = "Met", "Partly met", "Not met", "Not applicable"
GRADES = (MET, PARTLY, NOT_MET, NOT_APPLICABLE)
CANNOT_TELL = "Cannot tell"
EVIDENCE_CHARS = 400
DATE_FORMAT = "dd/mm/yyyy"


class StandardSpec(BaseModel):
    """One question of the audit."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, alias_generator=lambda name: name.replace("_", "-")
    )

    name: str = Field(min_length=1)
    categories: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    not_met_from: int = Field(3, ge=1)


class AuditTemplate(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    standard: tuple[StandardSpec, ...] = Field(min_length=1)


def load_template(path: Path | None = None) -> AuditTemplate:
    """The audit template: a council's own file, or the one that ships with recordlint."""
    if path is None:
        text = resources.files("recordlint.qa").joinpath("audit-template.toml").read_text("utf-8")
        where = "the built-in audit template"
    else:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except OSError as error:
            raise ConfigError(f"{path}: cannot be read: {error.strerror}") from None
        where = str(path)
    try:
        return AuditTemplate.model_validate(tomllib.loads(text))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{where}: not valid TOML: {error}") from None
    except ValidationError as error:
        problem = error.errors()[0]
        key = ".".join(str(part) for part in problem["loc"])
        raise ConfigError(
            f"{where}: {key}: {problem['msg'].lower()}; each [[standard]] has a name and may "
            "have categories, rules, kinds and not-met-from"
        ) from None


@dataclass(frozen=True, slots=True)
class Grade:
    suggested: str
    evidence: str


def grade(
    spec: StandardSpec, template: AuditTemplate, outcome: Outcome | None, *, redact: bool
) -> Grade:
    """The suggested grade for one standard on one record, with the evidence for it."""
    if outcome is None:
        return Grade(CANNOT_TELL, "the record could not be checked")
    if spec.kinds and outcome.kind not in spec.kinds:
        return Grade(NOT_APPLICABLE, f"does not apply to a {str(outcome.kind).replace('_', ' ')}")
    mine = [f for f in outcome.findings if standard_for(f, template) is spec]
    warnings = [f for f in mine if f.get("severity") in ("warning", "error")]
    hints = [f for f in mine if f not in warnings]
    dated = isinstance(outcome.metrics.get("hours_to_record"), int | float)
    if "timeliness" in spec.categories and not warnings and not dated:
        return Grade(CANNOT_TELL, "no contact and recording dates to compare")
    if len(warnings) >= spec.not_met_from:
        suggested = NOT_MET
    elif warnings:
        suggested = PARTLY
    else:
        suggested = MET
    return Grade(suggested, _evidence(warnings, hints, redact=redact))


def standard_for(finding: dict[str, Any], template: AuditTemplate) -> StandardSpec | None:
    """The standard a finding is evidence for: one that names its rule, else its category."""
    code, category = finding.get("code"), finding.get("category")
    for spec in template.standard:
        if code in spec.rules:
            return spec
    for spec in template.standard:
        if category in spec.categories:
            return spec
    return None


def _evidence(
    warnings: Sequence[dict[str, Any]], hints: Sequence[dict[str, Any]], *, redact: bool
) -> str:
    if not warnings and not hints:
        return "no findings"
    parts = []
    for label, found in (("warning", warnings), ("hint", hints)):
        if not found:
            continue
        items = "; ".join(
            f"{f.get('code')} line {f.get('line')}"
            + ("" if redact or not f.get("text") else f" '{_short(str(f['text']))}'")
            for f in found
        )
        parts.append(f"{len(found)} {label}{'' if len(found) == 1 else 's'}: {items}")
    text = " | ".join(parts)
    return text if len(text) <= EVIDENCE_CHARS else text[: EVIDENCE_CHARS - 1] + "…"


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def overall(grades: Sequence[Grade]) -> str:
    applicable = [g.suggested for g in grades if g.suggested in (MET, PARTLY, NOT_MET)]
    if NOT_MET in applicable:
        return NOT_MET
    if PARTLY in applicable:
        return PARTLY
    return MET if applicable else CANNOT_TELL


def _date_cell(value: str | None) -> date | datetime | str | None:
    """A real date where the export's value reads as one; otherwise the value as given."""
    if not value:
        return None
    when = coerce_date(value)
    return when if when is not None else value


def audit_workbook(
    sample: Sample,
    outcomes: list[Outcome | None],
    *,
    redact: bool,
    template: AuditTemplate | None = None,
) -> bytes:
    """The sample as an audit workbook (see the module's docstring)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    from recordlint.io.writers import redact_finding, safe_cell

    template = template or load_template()
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Audit"
    lead = ["Row", "Id", "Worker", "Team", "Kind", "Contact date", "Recorded date"]
    header = list(lead)
    for spec in template.standard:
        header += [f"{spec.name}: evidence", f"{spec.name}: suggested", f"{spec.name}: grade"]
    tail = ["Overall: suggested", "Overall grade", "Feedback to the worker",
            "Actions for the worker", "Date shared with the worker", "Manager sign-off",
            "Sign-off date", "Stratum", "Record text"]  # fmt: skip
    header += tail
    sheet.append(header)
    column = {name: index + 1 for index, name in enumerate(header)}
    for (record, stratum), outcome in zip(sample.records, outcomes, strict=True):
        if outcome is not None and redact:
            outcome = Outcome(
                outcome.kind,
                [redact_finding(f) for f in outcome.findings],
                outcome.keys,
                outcome.metrics,
                outcome.errors,
            )
        sheet.append([safe_cell(v) for v in _row(record, stratum, outcome, template, redact)])
        row = sheet.max_row
        for name in ("Contact date", "Recorded date"):
            cell = sheet.cell(row, column[name])
            if isinstance(cell.value, date | datetime):
                cell.number_format = DATE_FORMAT
        for name in ("Date shared with the worker", "Sign-off date"):
            sheet.cell(row, column[name]).number_format = DATE_FORMAT
    last = max(sheet.max_row, 2)

    grade_list = DataValidation(
        type="list",
        formula1='"' + ",".join(GRADES) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Grade",
        error="Choose Met, Partly met, Not met or Not applicable.",
    )
    date_check = DataValidation(
        type="date", operator="greaterThan", formula1="DATE(2000,1,1)", allow_blank=True,
        showErrorMessage=True, errorTitle="Date", error="Enter a date, e.g. 14/03/2026.",
    )  # fmt: skip
    sheet.add_data_validation(grade_list)
    sheet.add_data_validation(date_check)
    grade_columns = [column[f"{spec.name}: grade"] for spec in template.standard]
    for index in [*grade_columns, column["Overall grade"]]:
        letter = get_column_letter(index)
        grade_list.add(f"{letter}2:{letter}{max(last, 500)}")
    for name in ("Date shared with the worker", "Sign-off date"):
        letter = get_column_letter(column[name])
        date_check.add(f"{letter}2:{letter}{max(last, 500)}")

    bold = Font(bold=True)
    auditor_fill = PatternFill("solid", fgColor="FFF4D6")
    suggested_fill = PatternFill("solid", fgColor="E6F0F4")
    for cell in sheet[1]:
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        name = str(cell.value)
        if name.endswith(": grade") or name in tail[1:7]:
            cell.fill = auditor_fill
        elif name.endswith(": suggested") or name == "Overall: suggested":
            cell.fill = suggested_fill
    sheet.freeze_panes = sheet.cell(2, 3)  # the header row and the record's row and id
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{last}"
    for index, name in enumerate(header, start=1):
        width = 42 if name.endswith(": evidence") else 14
        if name in ("Feedback to the worker", "Actions for the worker"):
            width = 40
        if name == "Record text":
            width = 90
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row_cells in sheet.iter_rows(min_row=2):
        for cell in row_cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    audit_ref = quote_sheetname("Audit")
    _summary_sheet(workbook, template, column, last, audit_ref)
    _agreement_sheet(workbook, template, column, last, audit_ref)
    _findings_sheet(workbook, sample, outcomes, redact=redact)
    _how_drawn_sheet(workbook, sample)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _row(
    record: Record,
    stratum: str,
    outcome: Outcome | None,
    template: AuditTemplate,
    redact: bool,
) -> list[Any]:
    details = record.details
    values: list[Any] = [
        record.row,
        record.id,
        details.get("author"),
        details.get("team"),
        ((outcome.kind if outcome else None) or details.get("kind") or "").replace("_", " ")
        or None,
        _date_cell(details.get("contact_date")),
        _date_cell(details.get("recorded_date")),
    ]
    grades = [grade(spec, template, outcome, redact=redact) for spec in template.standard]
    for found in grades:
        values += [found.evidence, found.suggested, None]
    values += [overall(grades), None, None, None, None, None, None, stratum]
    values.append(None if redact else record.text)
    return values


def _range(column: int, last: int, sheet: str) -> str:
    from openpyxl.utils import get_column_letter

    letter = get_column_letter(column)
    return f"{sheet}!${letter}$2:${letter}${last}"


def _summary_sheet(
    workbook: Any, template: AuditTemplate, column: dict[str, int], last: int, audit: str
) -> None:
    from openpyxl.styles import Font

    sheet = workbook.create_sheet("Summary")
    sheet.append(["Standard", *GRADES, "Not yet graded", "Met, of those graded"])
    rows = [(spec.name, column[f"{spec.name}: grade"]) for spec in template.standard]
    rows.append(("Overall", column["Overall grade"]))
    for number, (name, index) in enumerate(rows, start=2):
        cells = _range(index, last, audit)
        counts = [f'=COUNTIF({cells},"{g}")' for g in GRADES]
        # Rows with a record (a row number) but no grade yet.
        rows_range = _range(column["Row"], last, audit)
        waiting = f'=COUNTIFS({rows_range},"<>",{cells},"")'
        share = f'=IF(SUM(B{number}:D{number})=0,"",B{number}/SUM(B{number}:D{number}))'
        sheet.append([name, *counts, waiting, share])
        sheet.cell(number, 7).number_format = "0%"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 36
    sheet.freeze_panes = "B2"


def _agreement_sheet(
    workbook: Any, template: AuditTemplate, column: dict[str, int], last: int, audit: str
) -> None:
    from openpyxl.styles import Font

    sheet = workbook.create_sheet("Agreement")
    sheet.append(["Standard", "Graded by the auditor", "Same as suggested", "Agreement"])
    pairs = [
        (spec.name, column[f"{spec.name}: grade"], column[f"{spec.name}: suggested"])
        for spec in template.standard
    ]
    pairs.append(("Overall", column["Overall grade"], column["Overall: suggested"]))
    for number, (name, graded, suggested) in enumerate(pairs, start=2):
        mine, theirs = _range(graded, last, audit), _range(suggested, last, audit)
        sheet.append(
            [
                name,
                f'=COUNTIF({mine},"?*")',
                f'=SUMPRODUCT(({mine}={theirs})*({mine}<>""))',
                f'=IF(B{number}=0,"",C{number}/B{number})',
            ]
        )
        sheet.cell(number, 4).number_format = "0%"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 36
    sheet.append([])
    sheet.append(["Agreement is the share of the auditor's grades that match recordlint's"])
    sheet.append(["suggestion. Low agreement on a standard says where its checks need review."])


def _findings_sheet(
    workbook: Any, sample: Sample, outcomes: list[Outcome | None], *, redact: bool
) -> None:
    from openpyxl.styles import Font

    from recordlint.io.writers import redact_finding, safe_cell

    sheet = workbook.create_sheet("Findings")
    sheet.append(["Row", "Id", "Code", "Category", "Severity", "Message", "Words", "Suggestions"])
    for (record, _), outcome in zip(sample.records, outcomes, strict=True):
        for f in outcome.findings if outcome else []:
            shown = redact_finding(f) if redact else f
            sheet.append(
                [
                    safe_cell(v)
                    for v in (
                        record.row,
                        record.id,
                        shown["code"],
                        shown["category"],
                        shown["severity"],
                        shown["message"],
                        shown["text"],
                        " / ".join(shown["suggestions"]),
                    )
                ]
            )
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    sheet.column_dimensions["F"].width = 70


def _how_drawn_sheet(workbook: Any, sample: Sample) -> None:
    from recordlint.io.writers import safe_cell

    about = workbook.create_sheet("How drawn")
    spec = sample.spec
    about.append(["Sample size", len(sample.records)])
    about.append(["Seed", spec.seed])
    about.append(["Stratified by", spec.by or "(not stratified)"])
    about.append(["Allocation", spec.allocation])
    about.append([])
    about.append(["Stratum", "Records", "Drawn"])
    for name in sorted(sample.population):
        about.append([safe_cell(name), sample.population[name], sample.allocated.get(name, 0)])

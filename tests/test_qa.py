"""Audit samples and the HTML report."""

from __future__ import annotations

import json
import re
import shutil
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from recordlint.cli import cli
from recordlint.io.records import Record
from recordlint.qa.report import gather, render
from recordlint.qa.sample import SampleSpec, allocate, draw

EXPORTS = Path(__file__).parent / "data" / "exports"


def records(count: int) -> list[Record]:
    teams = ["North"] * 6 + ["South"] * 3 + ["East"]
    return [
        Record(
            "x.csv",
            f"R{n}",
            f"Note {n}.",
            n + 2,
            {"team": teams[n % 10], "contact_date": f"2026-{n % 3 + 1:02d}-01"},
        )
        for n in range(count)
    ]


def test_proportional_allocation_keeps_shares_and_every_stratum() -> None:
    assert allocate({"North": 60, "South": 30, "East": 10}, 10, "proportional") == {
        "North": 6,
        "South": 3,
        "East": 1,
    }
    small = allocate({"North": 97, "South": 2, "East": 1}, 10, "proportional")
    assert sum(small.values()) == 10 and small["East"] == 1 and small["South"] >= 1


def test_equal_allocation_caps_small_strata_and_gives_the_rest_to_others() -> None:
    counts = allocate({"North": 60, "South": 30, "East": 2}, 12, "equal")
    assert counts == {"East": 2, "North": 5, "South": 5}
    assert allocate({"A": 3}, 10, "equal") == {"A": 3}


def test_draw_is_reproducible_and_stratified() -> None:
    population = records(100)
    spec = SampleSpec(size=10, seed=7, by="team")
    first = draw(lambda: iter(population), spec)
    again = draw(lambda: iter(population), spec)
    other = draw(lambda: iter(population), SampleSpec(size=10, seed=8, by="team"))
    ids = [r.id for r, _ in first.records]
    assert ids == [r.id for r, _ in again.records]
    assert ids != [r.id for r, _ in other.records]
    assert first.allocated == {"East": 1, "North": 6, "South": 3}
    assert [r.row for r, _ in first.records] == sorted(r.row for r, _ in first.records)
    by_month = draw(lambda: iter(population), SampleSpec(size=9, seed=1, by="month"))
    assert set(by_month.allocated) == {"2026-01", "2026-02", "2026-03"}


def test_sample_command_writes_excel_and_html_for_the_auditor(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "audit"
    result = CliRunner().invoke(
        cli,
        [
            "sample",
            str(EXPORTS / "notes.csv"),
            "--size",
            "10",
            "--seed",
            "7",
            "--by",
            "team",
            "-o",
            str(out),
            "--select",
            "RL101",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Drew 3 of 3 records" in result.stderr
    workbook = load_workbook(out.with_suffix(".xlsx"))
    assert workbook.sheetnames == ["Audit", "Summary", "Agreement", "Findings", "How drawn"]
    rows = list(workbook["Audit"].iter_rows(values_only=True))
    assert rows[0][:3] == ("Row", "Id", "Worker") and len(rows) == 4
    texts = [row[-1] for row in rows[1:]]
    assert any(text.startswith("'=HYPERLINK") for text in texts)  # not a live formula
    findings = list(workbook["Findings"].iter_rows(values_only=True))
    assert [row[2] for row in findings[1:]] == ["RL101"]
    page = out.with_suffix(".html").read_text(encoding="utf-8")
    assert '<mark title="RL101">OT<sup>RL101</sup></mark>' in page
    for path in (out.with_suffix(".xlsx"), out.with_suffix(".html")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def result(team: str, author: str, month: str, **extra: Any) -> dict[str, Any]:
    data = {
        "path": "x.csv",
        "id": f"{team}-{author}-{month}",
        "row": 2,
        "kind": "case_note",
        "team": team,
        "author": author,
        "contact_date": f"{month}-03",
        "recorded_date": f"{month}-04",
        "findings": [],
        "metrics": {},
        "errors": [],
    }
    data.update(extra)
    return data


def finding(code: str, category: str, text: str | None, *suggestions: str) -> dict[str, Any]:
    return {
        "code": code,
        "category": category,
        "severity": "warning",
        "message": "m",
        "text": text,
        "standard": "2.plain-language",
        "suggestions": list(suggestions),
        "line": 1,
        "column": 1,
    }


RESULTS = [
    result(
        "North",
        "Sam",
        "2026-01",
        findings=[
            finding("RL101", "acronym", "OT", "occupational therapist"),
            finding("RL801", "person-voice", "whole note"),
        ],
        metrics={"uk_reading_age": 8.5, "hours_to_record": 24.0, "person_voice": 0},
    ),
    result(
        "North",
        "Jo",
        "2026-02",
        recorded_date="2026-02-09",
        findings=[
            finding("RL101", "acronym", "ot"),
            finding("RL201", "jargon", "care package", "help at home"),
        ],
        metrics={"uk_reading_age": 12.0, "person_voice": 2},
    ),
    result("South", "Ana", "2026-02", kind="letter", metrics={"uk_reading_age": 15.5}),
    {
        "path": "x.csv",
        "id": None,
        "row": 9,
        "kind": None,
        "findings": [],
        "metrics": {},
        "errors": ["the text is empty"],
    },
]


def test_report_figures() -> None:
    audit = gather(RESULTS)
    assert (audit.total.records, audit.failed, audit.total.findings) == (3, 1, 4)
    # Case notes only: 24 hours and 6 days; the letter is not timed.
    assert (audit.total.case_notes, audit.total.timed) == (2, 2)
    assert audit.total.on_time_share == 0.5
    assert audit.total.voice_share == 0.5  # letters are not counted
    assert audit.teams["North"].records == 2 and audit.months["2026-02"].records == 2
    assert audit.top_terms()[0] == ("OT", "acronym", 2, ("occupational therapist",))
    assert dict(audit.reading_bands())["12–13"] == 1
    assert audit.by_standard["Standard 2: plain language"] == 4
    assert audit.failures == [("x.csv row 9", "the text is empty")]


def test_the_48_hour_figure_counts_case_notes_only() -> None:
    """Late letters and on-time case notes: 100% of case notes were on time."""
    late_letters = [
        result("North", "Sam", "2026-01", id=f"L{n}", kind="letter", recorded_date="2026-01-20")
        for n in range(3)
    ]
    on_time_notes = [result("North", "Sam", "2026-01", id=f"N{n}") for n in range(2)]
    audit = gather(late_letters + on_time_notes)
    assert audit.total.on_time_share == 1.0 and audit.total.timed == 2
    page = render(audit)
    assert "100%" in page and "2 of 2 case notes had both dates" in page


def test_figures_are_per_100_words_with_warnings_apart_from_hints() -> None:
    """A long record with the same findings as a short one scores better per word."""
    hint = {**finding("RL303", "readability", "was seen"), "severity": "info"}
    acronym = finding("RL101", "acronym", "OT")
    short = result("A", "Short", "2026-01", id="S", findings=[acronym, hint], metrics={"words": 50})
    long = result("B", "Long", "2026-01", id="L", findings=[acronym, hint], metrics={"words": 500})
    audit = gather([short, long])
    assert audit.authors["Short"].warnings_per_100 == pytest.approx(2.0)
    assert audit.authors["Long"].warnings_per_100 == pytest.approx(0.2)
    assert (audit.total.warnings, audit.total.hints) == (2, 2)


def test_every_worker_is_listed_with_small_groups_marked_and_linked() -> None:
    """Thirty workers all appear, each linked to their records; small groups are marked."""
    results = [
        result("Team " + str(n % 5), f"Worker {n:02d}", "2026-01", id=f"R{n}-{k}")
        for n in range(30)
        for k in range(1 + (n == 0) * 6)
    ]
    page = render(gather(results))
    for n in range(30):
        assert f">Worker {n:02d}</a>" in page
    assert page.count("(few records)") >= 29
    assert 'href="#worker-worker-07-' in page and 'id="worker-worker-07-' in page


def test_report_names_rules_and_standards_and_keeps_legal_terms() -> None:
    """Rule names, full standard titles and legal terms shown as terms to explain."""
    legal = {**finding("RL203", "jargon", "deprivation of liberty"), "standard": "1"}
    results = [
        result("North", "Sam", "2026-01", findings=[finding("RL101", "acronym", "OT"), legal])
    ]
    page = render(gather(results, target_age=10))
    assert "Unexplained acronym" in page and "Unexplained legal term" in page
    assert "Standard 1: working with people" in page
    assert "legal term" in page and "explain it in plain words" in page
    assert "aim: 10 or under" in page


def test_report_compares_with_an_earlier_period() -> None:
    """--compare shows each headline figure before and now, with its direction."""
    now = gather([result("North", "Sam", "2026-02", metrics={"words": 100})])
    before = gather(
        [
            result(
                "North",
                "Sam",
                "2026-01",
                metrics={"words": 100},
                findings=[finding("RL101", "acronym", "OT")],
            )
        ]
    )
    page = render(now, earlier=before)
    assert "Change since the earlier period" in page
    assert "▲ better" in page


def test_report_page_is_self_contained() -> None:
    page = render(gather(RESULTS))
    assert "<script" not in page and "@import" not in page
    # Only references within the page itself: links to its own sections, patterns by id.
    assert not re.search(r"url\((?!#)", page)
    assert not re.search(r"(?:src|href)\s*=\s*[\"'](?!#)", page)
    assert "http://" not in page and "https://" not in page
    assert "<svg" in page and "occupational therapist" in page


def test_report_command_reads_check_output(tmp_path: Path) -> None:
    runner = CliRunner()
    results = tmp_path / "results.jsonl"
    runner.invoke(
        cli,
        [
            "check",
            str(EXPORTS / "notes.csv"),
            "--format",
            "jsonl",
            "-o",
            str(results),
            "--select",
            "RL101,RL911",
        ],
    )
    page = tmp_path / "report.html"
    done = runner.invoke(cli, ["report", str(results), "-o", str(page)])
    assert done.exit_code == 0, done.output
    html = page.read_text(encoding="utf-8")
    assert "3 records checked, 2 could not be checked" in html
    assert "<strong>OT</strong>" in html
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    assert runner.invoke(cli, ["report", str(bad)]).exit_code == 2


def test_report_on_an_export_given_by_mistake_is_one_line(tmp_path: Path) -> None:
    """A Windows-1252 CSV export instead of results: one clear line, exit 2, no traceback."""
    export = tmp_path / "export.csv"
    export.write_bytes("id,text\r\nR1,Mrs O\u2019Neil caf\u00e9 visit\r\n".encode("cp1252"))
    done = CliRunner().invoke(cli, ["report", str(export), "-o", str(tmp_path / "r.html")])
    assert done.exit_code == 2
    assert done.output.count("\n") == 1 and done.output.startswith("recordlint: ")
    assert "Traceback" not in done.output and "--format jsonl" in done.output


def test_report_writes_private_feedback_pages_per_worker(tmp_path: Path) -> None:
    """--feedback writes one page per worker with strengths, examples and better wording."""
    results = tmp_path / "results.jsonl"
    results.write_text("\n".join(json.dumps(r) for r in RESULTS) + "\n", encoding="utf-8")
    folder = tmp_path / "feedback"
    done = CliRunner().invoke(
        cli, ["report", str(results), "-o", str(tmp_path / "r.html"), "--feedback", str(folder)]
    )
    assert done.exit_code == 0, done.output
    pages = sorted(folder.glob("*.html"))
    assert len(pages) == 3  # Sam, Jo, Ana
    sam = next(p for p in pages if "sam" in p.name).read_text(encoding="utf-8")
    assert "What is working well" in sam and "What to work on" in sam
    assert "occupational therapist" in sam and "“OT”" in sam
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in pages)


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed (apt-get install -y "
    "chromium) so the report cannot be checked in a browser",
)
def test_report_renders_in_a_headless_browser(tmp_path: Path) -> None:
    """The page loads from a file with the network off and draws its charts."""
    page = tmp_path / "report.html"
    page.write_text(render(gather(RESULTS * 5)), encoding="utf-8")
    shot = tmp_path / "report.png"
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--hide-scrollbars",
        "--window-size=1280,1600",
        f"--screenshot={shot}",
        page.as_uri(),
    ]
    subprocess.run(command, capture_output=True, timeout=120, check=False)
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG")
    assert len(data) > 20_000  # a blank page compresses to a few kilobytes
    dom = subprocess.run(
        [*command[:-2], "--dump-dom", page.as_uri()],
        capture_output=True,
        timeout=120,
        check=False,
        text=True,
    ).stdout
    assert dom.count("<svg") >= 4
    assert json.dumps("Findings by category")[1:-1] in dom


def _audit_sheet(tmp_path: Path, *extra: str) -> tuple[Any, list[str], list[tuple[Any, ...]]]:
    from openpyxl import load_workbook

    out = tmp_path / "audit"
    result = CliRunner().invoke(
        cli,
        ["sample", str(EXPORTS / "notes.csv"), "--size", "10", "-o", str(out),
         "--select", "RL101,RL801,RL911", *extra],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    workbook = load_workbook(out.with_suffix(".xlsx"))
    rows = list(workbook["Audit"].iter_rows(values_only=True))
    return workbook, list(rows[0]), rows[1:]


def test_audit_workbook_grades_each_standard_with_a_drop_down(tmp_path: Path) -> None:
    """One column trio per standard (evidence, suggested, the auditor's grade with a
    Met / Partly met / Not met list), real dates, filters and frozen headers."""
    from datetime import datetime

    workbook, header, rows = _audit_sheet(tmp_path)
    sheet = workbook["Audit"]
    for name in ("The person's voice", "Plain language", "Written within 48 hours"):
        assert {f"{name}: evidence", f"{name}: suggested", f"{name}: grade"} <= set(header)
    for name in ("Overall grade", "Feedback to the worker", "Actions for the worker",
                 "Date shared with the worker", "Manager sign-off"):  # fmt: skip
        assert name in header
    lists = [v for v in sheet.data_validations.dataValidation if v.type == "list"]
    assert lists and lists[0].formula1 == '"Met,Partly met,Not met,Not applicable"'
    letter = sheet.cell(1, header.index("Plain language: grade") + 1).column_letter
    assert any(f"{letter}2" in str(v.sqref) for v in lists)
    contact = header.index("Contact date")
    assert all(isinstance(row[contact], datetime) for row in rows)
    assert sheet.auto_filter.ref and sheet.freeze_panes == "C2"
    suggested = {row[header.index("Plain language: suggested")] for row in rows}
    assert suggested <= {"Met", "Partly met", "Not met"} and "Partly met" in suggested
    kinds = header.index("Kind")
    timely = header.index("Written within 48 hours: suggested")
    for row in rows:
        if row[kinds] != "case note":
            assert row[timely] == "Not applicable"


def test_audit_summary_and_agreement_are_formulas_over_the_grades(tmp_path: Path) -> None:
    """The summary counts grades with COUNTIF and the agreement sheet compares the
    auditor's grades with the suggested ones, so both recount as the auditor works."""
    workbook, _, _ = _audit_sheet(tmp_path)
    summary = list(workbook["Summary"].iter_rows(values_only=True))
    assert summary[0][:4] == ("Standard", "Met", "Partly met", "Not met")
    assert str(summary[1][1]).startswith("=COUNTIF('Audit'!$")
    assert summary[-1][0] == "Overall"
    agreement = list(workbook["Agreement"].iter_rows(values_only=True))
    assert "SUMPRODUCT" in str(agreement[1][2])


def test_audit_template_sets_the_columns(tmp_path: Path) -> None:
    """A council's own template gives its own standards as the columns."""
    template = tmp_path / "ours.toml"
    template.write_text(
        '[[standard]]\nname = "Clear and jargon free"\ncategories = ["acronym", "jargon"]\n',
        encoding="utf-8",
    )
    _, header, _ = _audit_sheet(tmp_path, "--audit-template", str(template))
    assert "Clear and jargon free: grade" in header
    assert not any(name.startswith("The person's voice") for name in header)
    bad = tmp_path / "bad.toml"
    bad.write_text('[[standard]]\nnam = "typo"\n', encoding="utf-8")
    done = CliRunner().invoke(
        cli, ["sample", str(EXPORTS / "notes.csv"), "-o", str(tmp_path / "x"),
              "--audit-template", str(bad)],
    )  # fmt: skip
    assert done.exit_code == 2 and "bad.toml" in done.output and "Traceback" not in done.output

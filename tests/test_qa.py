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
    assert workbook.sheetnames == ["Records", "Findings", "How drawn"]
    rows = list(workbook["Records"].iter_rows(values_only=True))
    assert rows[0][:3] == ("Row", "Id", "Stratum")
    texts = [row[10] for row in rows[1:]]
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
    assert audit.total.on_time_share == pytest.approx(2 / 3)  # 24 h, 5 days, 1 day
    assert audit.total.voice_share == 0.5  # letters are not counted
    assert audit.teams["North"].records == 2 and audit.months["2026-02"].records == 2
    assert audit.top_terms()[0] == ("OT", "acronym", 2, ("occupational therapist",))
    assert dict(audit.reading_bands())["12–13"] == 1
    assert audit.by_standard["Standard 2: plain language"] == 4


def test_report_page_is_self_contained() -> None:
    page = render(gather(RESULTS))
    assert "<script" not in page and "@import" not in page and "url(" not in page
    assert not re.search(r"(?:src|href)\s*=", page)
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

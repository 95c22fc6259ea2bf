"""The report page: the template environment, and the audit rendered as one HTML string.

Charts are inline SVG (:mod:`recordlint.qa.charts`); the page has no scripts, fonts or
images from anywhere else.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from importlib import resources
from typing import Any

from recordlint.qa import charts
from recordlint.qa.report.audit import (
    Audit,
    compare,
)
from recordlint.qa.report.figures import (
    READING_AGE_BANDS,
    SMALL_GROUP,
    rule_name,
)


def environment() -> Any:
    from jinja2 import Environment, FunctionLoader, select_autoescape

    def load(name: str) -> str:
        return resources.files("recordlint.qa").joinpath("templates", name).read_text("utf-8")

    env = Environment(loader=FunctionLoader(load), autoescape=select_autoescape(default=True))
    env.filters["pct"] = lambda v: "–" if v is None else f"{v:.0%}"
    env.filters["num"] = lambda v: f"{v:,}" if isinstance(v, int) else f"{v:,.1f}"
    env.filters["rate"] = lambda v: "–" if v is None else f"{v:.2f}"
    env.filters["anchor"] = anchor
    env.globals["rule_name"] = rule_name
    return env


def anchor(kind: str, name: str) -> str:
    """A stable id for a team's or a worker's section of the page."""
    safe = "".join(c if c.isalnum() else "-" for c in name.casefold()).strip("-")[:40]
    # Two names that clean to the same letters ("O'Neil", "O Neil") still get their own id.
    digest = hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:6]
    return f"{kind}-{safe or 'x'}-{digest}"


def render(
    audit: Audit,
    *,
    title: str = "Recording quality report",
    generated: str = "",
    earlier: Audit | None = None,
) -> str:
    """The report page as one HTML string."""
    months = sorted(audit.months)
    bands = audit.reading_bands()
    return (
        environment()
        .get_template("report.html.j2")
        .render(
            title=title,
            generated=generated,
            audit=audit,
            charts=charts,
            categories=bar_items(audit.by_category),
            standards=bar_items(audit.by_standard),
            rules=audit.by_rule.most_common(12),
            teams=audit.ranked(audit.teams),
            authors=audit.ranked(audit.authors),
            team_chart=charts.bar_chart(
                [
                    (name, round(g.warnings_per_100 or 0.0, 2))
                    for name, g in audit.ranked(audit.teams)[:12]
                ],
                title="Warnings per 100 words by team",
                axis_label="warnings per 100 words",
            ),
            reading_chart=charts.column_chart(
                bands,
                highlight=[
                    i >= 1 and limit > audit.target_age
                    for i, limit in enumerate([*(b for b, _ in READING_AGE_BANDS), 99])
                ],
                title="Reading age of records",
                axis_label="records",
            ),
            records_chart=charts.column_chart(
                [(m, float(audit.months[m].records)) for m in months],
                title="Records per month",
                axis_label="records",
                width=1080,
            ),
            rate_chart=charts.column_chart(
                [(m, round(audit.months[m].warnings_per_100 or 0.0, 2)) for m in months],
                title="Warnings per 100 words by month",
                axis_label="warnings per 100 words",
                colour=charts.WARN,
                width=1080,
            ),
            trend_rows=[(m, audit.months[m]) for m in months],
            terms=audit.top_terms(),
            target_age=audit.target_age,
            small_group=SMALL_GROUP,
            changes=compare(audit, earlier) if earlier is not None else None,
        )
    )


def bar_items(counter: Counter[str]) -> list[tuple[str, float]]:
    return [(label, float(count)) for label, count in counter.most_common(12)]

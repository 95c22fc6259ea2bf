"""Small charts as inline SVG: nothing to download, nothing to run, prints as it shows."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

INK = "#1d2330"
MUTED = "#5b6472"
GRID = "#e3e6eb"
ACCENT = "#1f6f8b"
WARN = "#c0562f"
FONT = "font-family='system-ui, -apple-system, Segoe UI, Roboto, sans-serif'"


def _number(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"


def bar_chart(
    items: Sequence[tuple[str, float]],
    *,
    width: int = 560,
    label_width: int = 200,
    colour: str = ACCENT,
    suffix: str = "",
    title: str = "",
) -> Markup:
    """Horizontal bars, one per (label, value), largest scale at the longest bar."""
    if not items:
        return Markup("<p class='empty'>Nothing to show.</p>")
    bar_height, gap = 22, 8
    height = len(items) * (bar_height + gap) + gap
    top = max(value for _, value in items) or 1
    room = width - label_width - 70
    parts = [
        f"<svg viewBox='0 0 {width} {height}' width='{width}' height='{height}' role='img' "
        f"aria-label='{escape(title)}' {FONT} font-size='13'>"
    ]
    for i, (label, value) in enumerate(items):
        y = gap + i * (bar_height + gap)
        length = max(2.0, room * value / top) if value else 0
        shown = label if len(label) <= 30 else label[:29] + "…"
        parts.append(
            f"<text x='{label_width - 8}' y='{y + 15}' text-anchor='end' fill='{INK}'>"
            f"<title>{escape(label)}</title>{escape(shown)}</text>"
            f"<rect x='{label_width}' y='{y}' width='{length:.1f}' height='{bar_height}' rx='3' "
            f"fill='{colour}'/>"
            f"<text x='{label_width + length + 6:.1f}' y='{y + 15}' fill='{MUTED}'>"
            f"{_number(value)}{escape(suffix)}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def column_chart(
    items: Sequence[tuple[str, float]],
    *,
    width: int = 560,
    height: int = 220,
    colour: str = ACCENT,
    highlight: Sequence[bool] = (),
    title: str = "",
) -> Markup:
    """Vertical columns (a distribution); ``highlight`` colours some columns as a warning."""
    if not items:
        return Markup("<p class='empty'>Nothing to show.</p>")
    left, bottom, top_pad = 36, 30, 18
    plot_h = height - bottom - top_pad
    plot_w = width - left - 10
    step = plot_w / len(items)
    peak = max(value for _, value in items) or 1
    parts = [
        f"<svg viewBox='0 0 {width} {height}' width='{width}' height='{height}' role='img' "
        f"aria-label='{escape(title)}' {FONT} font-size='12'>",
        f"<line x1='{left}' y1='{top_pad + plot_h}' x2='{width - 10}' y2='{top_pad + plot_h}' "
        f"stroke='{GRID}'/>",
    ]
    for i, (label, value) in enumerate(items):
        h = plot_h * value / peak
        x = left + i * step + step * 0.15
        fill = WARN if i < len(highlight) and highlight[i] else colour
        parts.append(
            f"<rect x='{x:.1f}' y='{top_pad + plot_h - h:.1f}' width='{step * 0.7:.1f}' "
            f"height='{h:.1f}' rx='2' fill='{fill}'><title>{escape(label)}: "
            f"{_number(value)}</title></rect>"
            f"<text x='{x + step * 0.35:.1f}' y='{top_pad + plot_h - h - 4:.1f}' "
            f"text-anchor='middle' fill='{MUTED}'>{_number(value)}</text>"
            f"<text x='{x + step * 0.35:.1f}' y='{height - 10}' text-anchor='middle' "
            f"fill='{INK}'>{escape(label)}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def trend_chart(
    months: Sequence[str],
    counts: Sequence[float],
    rates: Sequence[float | None],
    *,
    width: int = 720,
    height: int = 240,
    rate_label: str = "findings per record",
) -> Markup:
    """Records per month as columns, with a rate per month as a line on its own scale."""
    if not months:
        return Markup("<p class='empty'>No dated records.</p>")
    left, right, bottom, top_pad = 44, 44, 34, 20
    plot_w, plot_h = width - left - right, height - bottom - top_pad
    step = plot_w / len(months)
    peak = max(counts) or 1
    rate_peak = max((r for r in rates if r is not None), default=0) or 1
    parts = [
        f"<svg viewBox='0 0 {width} {height}' width='{width}' height='{height}' role='img' "
        f"aria-label='Trend by month' {FONT} font-size='12'>",
        f"<line x1='{left}' y1='{top_pad + plot_h}' x2='{width - right}' "
        f"y2='{top_pad + plot_h}' stroke='{GRID}'/>",
        f"<text x='{left - 6}' y='{top_pad - 6}' text-anchor='start' fill='{MUTED}'>records</text>",
        f"<text x='{width - right + 6}' y='{top_pad - 6}' text-anchor='end' fill='{WARN}'>"
        f"{escape(rate_label)}</text>",
    ]
    points = []
    label_every = max(1, len(months) // 12)
    for i, (month, count, rate) in enumerate(zip(months, counts, rates, strict=True)):
        x = left + i * step
        h = plot_h * count / peak
        parts.append(
            f"<rect x='{x + step * 0.2:.1f}' y='{top_pad + plot_h - h:.1f}' "
            f"width='{step * 0.6:.1f}' height='{h:.1f}' rx='2' fill='#bcd7e2'>"
            f"<title>{escape(month)}: {count:,.0f} records</title></rect>"
        )
        if i % label_every == 0:
            parts.append(
                f"<text x='{x + step / 2:.1f}' y='{height - 12}' text-anchor='middle' "
                f"fill='{INK}'>{escape(month)}</text>"
            )
        if rate is not None:
            y = top_pad + plot_h - plot_h * rate / rate_peak
            points.append((x + step / 2, y, rate, month))
    if len(points) > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y, _, _ in points)
        parts.append(f"<polyline points='{path}' fill='none' stroke='{WARN}' stroke-width='2.5'/>")
    for x, y, rate, month in points:
        parts.append(
            f"<circle cx='{x:.1f}' cy='{y:.1f}' r='3.5' fill='{WARN}'><title>{escape(month)}: "
            f"{rate:.1f} {escape(rate_label)}</title></circle>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def meter(share: float | None, *, width: int = 160, good: float = 0.9) -> Markup:
    """A small bar showing a share from 0 to 1; amber below ``good``."""
    if share is None:
        return Markup("<span class='muted'>no data</span>")
    fill = ACCENT if share >= good else WARN
    return Markup(
        f"<svg viewBox='0 0 {width} 10' width='{width}' height='10' role='img' "
        f"aria-label='{share:.0%}'><rect width='{width}' height='10' rx='5' fill='{GRID}'/>"
        f"<rect width='{width * share:.1f}' height='10' rx='5' fill='{fill}'/></svg>"
    )

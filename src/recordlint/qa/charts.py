"""Small charts as inline SVG: nothing to download, nothing to run, prints as it shows."""

from __future__ import annotations

import hashlib
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
    axis_label: str = "",
) -> Markup:
    """Horizontal bars, one per (label, value), largest scale at the longest bar; each bar
    carries its value, and ``axis_label`` says what the values count."""
    if not items:
        return Markup("<p class='empty'>Nothing to show.</p>")
    bar_height, gap = 22, 8
    axis_room = 22 if axis_label else 0
    height = len(items) * (bar_height + gap) + gap + axis_room
    top = max(value for _, value in items) or 1
    room = width - label_width - 70
    parts = [
        f"<svg viewBox='0 0 {width} {height}' width='{width}' height='{height}' role='img' "
        f"aria-label='{escape(title)}' {FONT} font-size='13'>"
    ]
    for i, (label, value) in enumerate(items):
        y = gap + i * (bar_height + gap)
        length = max(2.0, room * value / top) if value else 0
        fits = max(12, label_width // 7)  # characters that fit beside the bars
        shown = label if len(label) <= fits else label[: fits - 1] + "…"
        parts.append(
            f"<text x='{label_width - 8}' y='{y + 15}' text-anchor='end' fill='{INK}'>"
            f"<title>{escape(label)}</title>{escape(shown)}</text>"
            f"<rect x='{label_width}' y='{y}' width='{length:.1f}' height='{bar_height}' rx='3' "
            f"fill='{colour}'/>"
            f"<text x='{label_width + length + 6:.1f}' y='{y + 15}' fill='{MUTED}'>"
            f"{_number(value)}{escape(suffix)}</text>"
        )
    if axis_label:
        parts.append(
            f"<text x='{label_width}' y='{height - 6}' fill='{MUTED}' font-style='italic'>"
            f"{escape(axis_label)} →</text>"
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
    axis_label: str = "",
) -> Markup:
    """Vertical columns, each with its value on top; ``highlight`` marks some columns as a
    warning (colour and a hatched pattern, so not by colour alone); ``axis_label`` names
    what the heights count."""
    if not items:
        return Markup("<p class='empty'>Nothing to show.</p>")
    left, bottom, top_pad = 36, 30, 18 + (14 if axis_label else 0)
    plot_h = height - bottom - top_pad
    plot_w = width - left - 10
    step = plot_w / len(items)
    peak = max(value for _, value in items) or 1
    # Several charts share a page: each hatch pattern needs an id of its own.
    pattern = "hatch-" + hashlib.sha1(title.encode()).hexdigest()[:8]
    parts = [
        f"<svg viewBox='0 0 {width} {height}' width='{width}' height='{height}' role='img' "
        f"aria-label='{escape(title)}' {FONT} font-size='12'>",
        f"<defs><pattern id='{pattern}' width='6' height='6' patternUnits='userSpaceOnUse' "
        "patternTransform='rotate(45)'><rect width='6' height='6' fill='" + WARN + "'/>"
        "<line x1='0' y1='0' x2='0' y2='6' stroke='#ffffff' stroke-width='2'/></pattern></defs>",
        f"<line x1='{left}' y1='{top_pad + plot_h}' x2='{width - 10}' y2='{top_pad + plot_h}' "
        f"stroke='{GRID}'/>",
    ]
    if axis_label:
        parts.append(
            f"<text x='{left}' y='12' fill='{MUTED}' font-style='italic'>"
            f"↑ {escape(axis_label)}</text>"
        )
    label_every = max(1, len(items) // 14)
    for i, (label, value) in enumerate(items):
        h = plot_h * value / peak
        x = left + i * step + step * 0.15
        fill = f"url(#{pattern})" if i < len(highlight) and highlight[i] else colour
        parts.append(
            f"<rect x='{x:.1f}' y='{top_pad + plot_h - h:.1f}' width='{step * 0.7:.1f}' "
            f"height='{h:.1f}' rx='2' fill='{fill}'><title>{escape(label)}: "
            f"{_number(value)}</title></rect>"
            f"<text x='{x + step * 0.35:.1f}' y='{top_pad + plot_h - h - 4:.1f}' "
            f"text-anchor='middle' fill='{MUTED}'>{_number(value)}</text>"
        )
        if i % label_every == 0:
            parts.append(
                f"<text x='{x + step * 0.35:.1f}' y='{height - 10}' text-anchor='middle' "
                f"fill='{INK}'>{escape(label)}</text>"
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

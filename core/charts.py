"""Charts drawn on the server: geometry for an inline SVG bar chart, rendered by a template.

No JavaScript and no chart library: the SVG prints, and every chart has its figures as a
visible table beside it, so nobody depends on seeing the bars.
"""

from dataclasses import dataclass

WIDTH = 640
HEIGHT = 240
MARGIN_TOP = 24
MARGIN_BOTTOM = 40
MARGIN_LEFT = 12


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value: int
    label_x: float
    value_y: float


def bar_chart(labels: list[str], values: list[int]) -> dict:
    """Bars scaled to the largest value; an all-zero series draws flat bars at the baseline."""
    count = max(len(values), 1)
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    slot = (WIDTH - 2 * MARGIN_LEFT) / count
    bar_width = slot * 0.6
    top = max(values, default=0) or 1
    bars = []
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        height = plot_height * value / top
        x = MARGIN_LEFT + index * slot + (slot - bar_width) / 2
        y = MARGIN_TOP + plot_height - height
        bars.append(
            Bar(
                x=round(x, 1),
                y=round(y, 1),
                width=round(bar_width, 1),
                height=round(height, 1),
                label=label,
                value=value,
                label_x=round(x + bar_width / 2, 1),
                value_y=round(y - 6, 1),
            )
        )
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "baseline": MARGIN_TOP + plot_height,
        "label_y": HEIGHT - MARGIN_BOTTOM + 20,
        "bars": bars,
    }

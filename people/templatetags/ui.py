"""Small template helpers for the site's form and page components."""

from django import forms, template
from django.forms import BoundField
from django.utils.html import format_html, format_html_join

register = template.Library()

WIDGET_CLASSES = {
    forms.Textarea: "textarea",
    forms.Select: "select",
    forms.SelectMultiple: "select",
}


def _widget_class(widget: forms.Widget) -> str:
    for widget_type, css in WIDGET_CLASSES.items():
        if isinstance(widget, widget_type):
            return css
    return "input"


@register.inclusion_tag("components/field.html")
def field(bound_field: BoundField, hint: str = "", input_class: str = "") -> dict:
    """A labelled field with hint and inline error, GOV.UK style, wired for screen readers."""
    widget = bound_field.field.widget
    choice_list = isinstance(widget, forms.CheckboxSelectMultiple | forms.RadioSelect)
    single_checkbox = isinstance(widget, forms.CheckboxInput)
    hint = hint or bound_field.help_text
    described_by = []
    if hint:
        described_by.append(f"{bound_field.auto_id}-hint")
    if bound_field.errors:
        described_by.append(f"{bound_field.auto_id}-error")
    attrs = {}
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    if not (choice_list or single_checkbox):
        css = _widget_class(widget)
        attrs["class"] = " ".join(
            part
            for part in (css, f"{css}--error" if bound_field.errors else "", input_class)
            if part
        )
    return {
        "field": bound_field,
        "hint": hint,
        "widget_html": bound_field.as_widget(attrs=attrs),
        "choice_list": choice_list,
        "single_checkbox": single_checkbox,
        "described_by": " ".join(described_by),
    }


@register.filter
def percent(value: float | int | None) -> int:
    """A 0–1 fraction or a 0–100 number as a whole percentage, clamped to 0–100."""
    if value is None:
        return 0
    number = float(value) * 100 if float(value) <= 1 else float(value)
    return max(0, min(100, round(number)))


@register.filter
def get_count(counter: dict, key: str) -> int:
    """A count from a Counter or dict by key, 0 when absent (template lookups cannot do this)."""
    return counter.get(key, 0) if counter else 0


# A statement's status as a coloured tag whose words carry the meaning (not the colour alone).
STATEMENT_STATUS_TAGS = {
    "met": ("tag--green", "Met"),
    "not_met": ("tag--red", "Not yet met"),
    "pending": ("tag--yellow", "Evidence awaiting review"),
}
NO_EVIDENCE_TAG = ("tag--grey", "No evidence yet")


@register.simple_tag
def statement_status(status: str, met: bool = False) -> str:
    """The status tag of one statement. A tag rather than an include: a progression page
    shows one for each of its hundreds of statements."""
    css, words = STATEMENT_STATUS_TAGS.get(status, NO_EVIDENCE_TAG)
    if status == "pending" and met:
        words = "Met; new evidence awaiting review"
    return format_html('<strong class="tag {}">{}</strong>', css, words)


@register.simple_tag
def bar_chart_svg(chart: dict, chart_id: str, title: str) -> str:
    """The SVG of a bar chart (core.charts.bar_chart). Written here rather than in a
    template: a dashboard's trends are a few hundred coordinates, and each number the
    template engine prints goes through localisation."""
    bars = format_html_join(
        "",
        '<rect x="{}" y="{}" width="{}" height="{}" fill="#1d4f5c" stroke="#0b0c0c"'
        ' stroke-width="1"/>'
        '<text x="{}" y="{}" text-anchor="middle" font-size="14" fill="#0b0c0c">{}</text>'
        '<text x="{}" y="{}" text-anchor="middle" font-size="12" fill="#0b0c0c">{}</text>',
        (
            # the rect; the value above it; the label below the baseline
            (
                bar.x,
                bar.y,
                bar.width,
                bar.height,
                bar.label_x,
                bar.value_y,
                bar.value,
                bar.label_x,
                chart["label_y"],
                bar.label,
            )
            for bar in chart["bars"]
        ),
    )
    return format_html(
        '<svg viewBox="0 0 {width} {height}" width="100%" role="img"'
        ' aria-labelledby="{id}-title" class="chart__svg" focusable="false">'
        '<title id="{id}-title">{title}: bar chart; the figures are in the table that'
        " follows.</title>"
        '<line x1="0" y1="{baseline}" x2="{width}" y2="{baseline}" stroke="#0b0c0c"'
        ' stroke-width="1"/>{bars}</svg>',
        width=chart["width"],
        height=chart["height"],
        id=chart_id,
        title=title,
        baseline=chart["baseline"],
        bars=bars,
    )

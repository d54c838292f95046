"""The progression page's statements, rendered in Python.

A progression shows every statement of every level, each with its evidence and the latest
decision: a few hundred rows whose template nodes (and a URL reversal per evidence link) were
a fifth of the page's time at council scale. The markup is the same as a template would give,
escaped by format_html.
"""

from django import template
from django.template.defaultfilters import date as date_filter
from django.template.defaultfilters import linebreaksbr
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from assessments.enums import EvidenceStatus
from people.templatetags.ui import statement_status

register = template.Library()

# Reversed once per page: this stands for the evidence's id, then is replaced by it.
_ID_MARK = 987654321


def _evidence_url_for(context: template.Context):
    """A function from an evidence id to its page's address, reversing the route only once
    per rendering (the address prefix can differ between requests)."""
    cache = context.render_context
    if "evidence_url" not in cache:
        pattern = reverse("assessments:evidence-detail", args=[_ID_MARK])
        cache["evidence_url"] = lambda pk: pattern.replace(str(_ID_MARK), str(int(pk)))
    return cache["evidence_url"]


def _evidence_links(row, url_for) -> SafeString:
    if not row.evidence:
        return SafeString("")
    links = format_html_join(
        "; ",
        '<a href="{}">{}</a>{}',
        (
            (
                url_for(evidence.pk),
                evidence.title,
                " (filed: already met)" if evidence.status == EvidenceStatus.FILED else "",
            )
            for evidence in row.evidence
        ),
    )
    return format_html('<p class="secondary-text">Evidence: {}</p>', links)


def _decision_note(row) -> SafeString:
    decision = row.decision
    if decision is None or not decision.comment:
        return SafeString("")
    return format_html(
        '<div class="secondary-text">{} — {}, {}: {}</div>',
        decision.get_outcome_display(),
        decision.decided_by.name,
        date_filter(timezone.localtime(decision.decided_at), "j M Y"),
        linebreaksbr(decision.comment, autoescape=True),
    )


@register.simple_tag(takes_context=True)
def progression_statement(context: template.Context, row) -> SafeString:
    """One statement of a progression: its status, text and code, the evidence offered for
    it, and the reviewer's comment on the latest decision."""
    return format_html(
        '<li><p>{} {} <span class="secondary-text">{}</span></p>{}{}</li>',
        statement_status(row.status, row.is_met),
        row.statement.text,
        row.statement.code,
        _evidence_links(row, _evidence_url_for(context)),
        _decision_note(row),
    )

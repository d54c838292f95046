"""The subject access download's H5P section (privacy.selectors.SECTIONS names it)."""

from wagtail_lms.models import H5PAttempt

from people.models import User
from privacy.record_fields import Record
from privacy.record_fields import iso as _iso


def h5p_activities(subject: User) -> list[Record]:
    """H5P activities they played (wagtail-lms's attempts), with each result the lesson kept
    (learning/h5p.py keeps the verb and score, never answers)."""
    rows = (
        H5PAttempt.objects.filter(user=subject)
        .select_related("activity")
        .prefetch_related("xapi_statements")
        .order_by("started_at", "pk")
    )
    return [
        {
            "activity": a.activity.title,
            "completion": a.completion_status,
            "success": a.success_status,
            "score": a.score_raw,
            "out_of": a.score_max,
            "started": _iso(a.started_at),
            "last_opened": _iso(a.last_accessed),
            "results": [{"at": _iso(x.timestamp), **x.statement} for x in a.xapi_statements.all()],
        }
        for a in rows
    ]

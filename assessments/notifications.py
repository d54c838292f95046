from django.urls import reverse

from assessments.models import Evidence
from people.notifications import notify
from people.selectors import team_leaders_of


def notify_evidence_submitted(evidence_id: int) -> None:
    """Tell the owner's team leaders that evidence awaits review: a link, no evidence text."""
    evidence = Evidence.objects.select_related("owner").get(pk=evidence_id)
    notify(
        list(team_leaders_of(evidence.owner)),
        subject="Evidence awaiting your review",
        message=f"{evidence.owner.name} has added evidence to their progression for you to review.",
        path=reverse("assessments:review-queue"),
    )

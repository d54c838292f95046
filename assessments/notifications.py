from django.urls import reverse

from assessments.models import Evidence
from people.notifications import notify
from people.selectors import deciders_of


def notify_evidence_submitted(evidence_id: int) -> None:
    """Tell whoever decides on the owner's evidence that some awaits review: a link, no
    evidence text."""
    evidence = Evidence.objects.select_related("owner").get(pk=evidence_id)
    notify(
        list(deciders_of(evidence.owner)),
        subject="Evidence awaiting your review",
        message=f"{evidence.owner.name} has added evidence to their progression for you to review.",
        path=reverse("assessments:review-queue"),
    )


def notify_evidence_returned(evidence_id: int) -> None:
    """Tell the owner their evidence came back for changes: a link, no reason or text."""
    evidence = Evidence.objects.get(pk=evidence_id)
    notify(
        [evidence.owner_id],
        subject="Evidence returned for changes",
        message="Some of your evidence has been returned to you for changes. "
        "The page says why; change it and send it again, or withdraw it.",
        path=reverse("assessments:evidence-detail", args=[evidence.pk]),
    )

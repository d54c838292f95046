"""Demo access log (demo/data/access_log.toml): team leaders and a service manager having
opened a colleague's records, recorded with the same service the pages call."""

from django.db import models, transaction
from django.urls import reverse

from assessments.models import Evidence
from demo import loaders
from observations.enums import ObservationStatus
from observations.models import Observation
from people.enums import AccessKind
from people.models import AccessRecord, User
from people.services import access_record


def _opened(kind: str, subject: User) -> tuple[models.Model | None, str, int | None]:
    """What a look at `kind` opened: the record (if any), its page, and its author."""
    if kind == AccessKind.OBSERVATION:
        observation = (
            Observation.objects.filter(observed=subject)
            .exclude(status=ObservationStatus.DRAFT)
            .first()
        )
        if observation is None:
            return None, "", None
        path = reverse("observations:observation-detail", args=[observation.pk])
        return observation, path, observation.observer_id
    if kind == AccessKind.EVIDENCE:
        evidence = Evidence.objects.filter(owner=subject).first()
        if evidence is None:
            return None, "", None
        return evidence, reverse("assessments:evidence-detail", args=[evidence.pk]), None
    if kind == AccessKind.PROGRESSION:
        return None, reverse("assessments:person-progression", args=[subject.pk]), None
    return None, reverse("learning:person-learning", args=[subject.pk]), None


@transaction.atomic
def seed_access_log(users: dict[str, User]) -> None:
    for look in loaders.access_log():
        viewer, subject = users[look["viewer"]], users[look["subject"]]
        if AccessRecord.objects.filter(viewer=viewer, subject=subject, kind=look["kind"]).exists():
            continue
        obj, path, author_id = _opened(look["kind"], subject)
        if path:
            access_record(
                viewer=viewer,
                subject=subject,
                kind=look["kind"],
                obj=obj,
                path=path,
                author_id=author_id,
            )

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

Opened = tuple[models.Model | None, str, int | None]


def _observation(subject: User) -> Opened:
    observation = (
        Observation.objects.filter(observed=subject).exclude(status=ObservationStatus.DRAFT).first()
    )
    if observation is None:
        return None, "", None
    path = reverse("observations:observation-detail", args=[observation.pk])
    return observation, path, observation.observer_id


def _evidence(subject: User, *, file: bool) -> Opened:
    evidence = Evidence.objects.filter(owner=subject)
    evidence = (evidence.exclude(file="") if file else evidence).first()
    if evidence is None:
        return None, "", None
    name = "assessments:evidence-file" if file else "assessments:evidence-detail"
    return evidence, reverse(name, args=[evidence.pk]), None


def _opened(kind: str, subject: User) -> Opened:
    """What a look at `kind` opened: the record (if any), its page, and its author; no page
    when the person has no such record, and the look is skipped."""
    if kind == AccessKind.OBSERVATION:
        return _observation(subject)
    if kind in {AccessKind.EVIDENCE, AccessKind.EVIDENCE_FILE}:
        return _evidence(subject, file=kind == AccessKind.EVIDENCE_FILE)
    pages = {
        AccessKind.PROGRESSION: "assessments:person-progression",
        AccessKind.LEARNING_RECORD: "learning:person-learning",
        AccessKind.RECORDS_DOWNLOAD: "privacy_admin:person-records",
    }
    return None, reverse(pages[kind], args=[subject.pk]), None


@transaction.atomic
def seed_access_log(users: dict[str, User]) -> None:
    for look in loaders.access_log(usernames=users):
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

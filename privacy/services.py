"""Writes for a person's data lifecycle: handing over their records, and their leaving."""

from dataclasses import dataclass, field
from datetime import date
from typing import IO

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from mentoring.models import MentoringRelationship
from mentoring.services import mentoring_relationship_end
from people import access
from people.enums import AccessKind
from people.models import User
from people.services import access_record, person_deactivate
from privacy.export import records_folder_name, records_zip


def records_download(*, subject: User, by: User, path: str = "") -> tuple[IO[bytes], str]:
    """Everything held about `subject` as a ZIP (in a temporary file) and its file name.

    The person themselves, or a superuser answering their request; a download by anyone
    but the person is noted in the access log, so they can see it was made.
    """
    if not access.can_export_records_of(by, subject):
        raise PermissionDenied("You cannot download this person's records.")
    access_record(viewer=by, subject=subject, kind=AccessKind.RECORDS_DOWNLOAD, path=path)
    return records_zip(subject), f"{records_folder_name(subject)}.zip"


@dataclass
class Leaving:
    """What recording someone's leaving did, and the mentoring it could not end."""

    person: User
    mentoring_ended: int = 0
    mentoring_left_open: list[str] = field(default_factory=list)


def _end_mentoring(person: User, left_on: date, leaving: Leaving) -> None:
    """End the mentoring the person was in, as its mentor would (mentoring's own rule).

    A relationship with sessions planned after the leaving date is left open, and said
    so: the mentor moves or removes those sessions first.
    """
    open_relationships = MentoringRelationship.objects.filter(
        Q(mentor=person) | Q(mentee=person), end_date__isnull=True
    ).select_related("mentor", "mentee")
    for relationship in open_relationships:
        end_on = max(left_on, relationship.start_date)
        try:
            mentoring_relationship_end(
                relationship=relationship, by=relationship.mentor, end_date=end_on
            )
        except (ValidationError, PermissionDenied):
            leaving.mentoring_left_open.append(str(relationship))
        else:
            leaving.mentoring_ended += 1


@transaction.atomic
def leaver_record(*, person: User, by: User, left_on: date | None = None) -> Leaving:
    """A person has left: end their mentoring while their mentor can still do so, then close
    their account (people.services.person_deactivate: memberships, tokens, sign-in)."""
    if not access.can_record_leaving(by, person):
        raise PermissionDenied("Only an administrator records that someone else has left.")
    leaving = Leaving(person=person)
    # Refusals from person_deactivate (already left, a date to come) undo this too.
    _end_mentoring(person, left_on or timezone.localdate(), leaving)
    person_deactivate(person=person, by=by, left_on=left_on)
    return leaving

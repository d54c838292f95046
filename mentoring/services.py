"""Writes for mentoring. Each service asks people.access itself, so no caller skips a rule.

Notes typed by mentors are plain text; they are turned into sanitised HTML here
(core.sanitize) and shown with the `richtext` filter, never marked safe any other way.
"""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from content.models import ResourcePage
from core.sanitize import plain_text_to_html
from mentoring.models import MentoringRelationship, MentoringSession, ResourceRecommendation
from people import access
from people.models import User
from people.services import identifiers_check


def _require_mentor(by: User, relationship: MentoringRelationship) -> None:
    if not access.can_record_mentoring_session(by, mentor_id=relationship.mentor_id):
        raise PermissionDenied("Only the mentor, while a coordinator, may change this mentoring.")


def mentoring_relationship_start(
    *, mentor: User, mentee: User, start_date: date | None = None
) -> MentoringRelationship:
    if not access.can_mentor(mentor, mentee):
        raise PermissionDenied("A coordinator mentors experts by experience and volunteers.")
    relationship = MentoringRelationship(
        mentor=mentor, mentee=mentee, start_date=start_date or timezone.localdate()
    )
    relationship.full_clean()
    relationship.save()
    return relationship


def mentoring_relationship_end(
    *, relationship: MentoringRelationship, by: User, end_date: date | None = None
) -> MentoringRelationship:
    _require_mentor(by, relationship)
    if relationship.end_date is not None:
        raise ValidationError("This mentoring has already ended.")
    end_date = end_date or timezone.localdate()
    if relationship.sessions.filter(date__gt=end_date).exists():
        raise ValidationError(
            {"end_date": "There is a session after this date. Change or remove it first."}
        )
    relationship.end_date = end_date
    relationship.full_clean()
    relationship.save(update_fields=["end_date"])
    return relationship


def _session_fields(
    *,
    date: date,
    duration_minutes: int,
    topics: str,
    next_steps: str,
    shared_notes: str,
    mentor_notes: str,
    identifiers_confirmed: str = "",
) -> dict:
    """The session's fields as stored, once its text has passed the identifier guard."""
    identifiers_check(
        {
            "topics": ("Topics", topics),
            "next_steps": ("Agreed next steps", next_steps),
            "shared_notes": ("Notes for you both", shared_notes),
            "mentor_notes": ("Private notes", mentor_notes),
        },
        confirmed=identifiers_confirmed,
    )
    return {
        "date": date,
        "duration_minutes": duration_minutes,
        "topics": topics.strip(),
        "next_steps": plain_text_to_html(next_steps),
        "shared_notes": plain_text_to_html(shared_notes),
        "mentor_notes": plain_text_to_html(mentor_notes),
    }


def mentoring_session_record(
    *,
    relationship: MentoringRelationship,
    by: User,
    date: date,
    duration_minutes: int,
    topics: str,
    next_steps: str = "",
    shared_notes: str = "",
    mentor_notes: str = "",
    identifiers_confirmed: str = "",
) -> MentoringSession:
    """Record a session held, or plan one (a date in the future). Notes are plain text."""
    _require_mentor(by, relationship)
    session = MentoringSession(
        relationship=relationship,
        **_session_fields(
            date=date,
            duration_minutes=duration_minutes,
            topics=topics,
            next_steps=next_steps,
            shared_notes=shared_notes,
            mentor_notes=mentor_notes,
            identifiers_confirmed=identifiers_confirmed,
        ),
    )
    session.full_clean()
    session.save()
    return session


def mentoring_session_update(
    *,
    session: MentoringSession,
    by: User,
    date: date,
    duration_minutes: int,
    topics: str,
    next_steps: str = "",
    shared_notes: str = "",
    mentor_notes: str = "",
    identifiers_confirmed: str = "",
) -> MentoringSession:
    _require_mentor(by, session.relationship)
    for name, value in _session_fields(
        date=date,
        duration_minutes=duration_minutes,
        topics=topics,
        next_steps=next_steps,
        shared_notes=shared_notes,
        mentor_notes=mentor_notes,
        identifiers_confirmed=identifiers_confirmed,
    ).items():
        setattr(session, name, value)
    try:
        session.full_clean()
    except ValidationError:
        session.refresh_from_db()  # callers keep showing the session as it is stored
        raise
    session.save()
    return session


def resource_recommend(
    *,
    relationship: MentoringRelationship,
    by: User,
    resource: ResourcePage,
    note: str = "",
    identifiers_confirmed: str = "",
) -> ResourceRecommendation:
    """Suggest a resource to a mentee: only a published one they may read, while mentoring."""
    _require_mentor(by, relationship)
    identifiers_check({"note": ("Why it might help", note)}, confirmed=identifiers_confirmed)
    if not relationship.is_active():
        raise ValidationError("This mentoring has ended.")
    if not resource.live or not resource.can_be_read_by(relationship.mentee):
        raise ValidationError(
            {"resource": f"{relationship.mentee.name} cannot read this resource."}
        )
    recommendation = ResourceRecommendation(
        relationship=relationship, resource=resource, note=note.strip()
    )
    recommendation.full_clean()
    recommendation.save()
    return recommendation


def resource_recommendation_withdraw(*, recommendation: ResourceRecommendation, by: User) -> None:
    _require_mentor(by, recommendation.relationship)
    recommendation.delete()

"""Mentoring built through the services, so every rule applies to test data too."""

from datetime import timedelta

from django.utils import timezone

from mentoring import services
from mentoring.models import MentoringRelationship, MentoringSession
from people.models import User


def mentoring(mentor: User, mentee: User, *, days_ago: int = 100) -> MentoringRelationship:
    return services.mentoring_relationship_start(
        mentor=mentor, mentee=mentee, start_date=timezone.localdate() - timedelta(days=days_ago)
    )


def session(
    relationship: MentoringRelationship, *, days_from_today: int = -7, **fields: str
) -> MentoringSession:
    values = {
        "topics": "How the training day went",
        "next_steps": "Read the confidentiality guide.",
        "shared_notes": "A good first training day.",
        "mentor_notes": "Check in about wellbeing.",
        **fields,
    }
    return services.mentoring_session_record(
        relationship=relationship,
        by=relationship.mentor,
        date=timezone.localdate() + timedelta(days=days_from_today),
        duration_minutes=45,
        **values,
    )

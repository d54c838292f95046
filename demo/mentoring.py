"""Demo mentoring for `seed_demo` (demo/data/mentoring.toml): the demo coordinator mentors the
expert by experience and the volunteer. Built with the services; a mentee who already has
mentoring is left alone."""

from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from content.models import ResourcePage
from demo import loaders
from mentoring.models import MentoringRelationship
from mentoring.services import (
    mentoring_relationship_start,
    mentoring_session_record,
    resource_recommend,
)
from people.models import User

MENTORING_START = date(2025, 5, 1)


def _start(mentor: User, mentee: User, plan: dict) -> MentoringRelationship:
    today = timezone.localdate()
    relationship = mentoring_relationship_start(
        mentor=mentor, mentee=mentee, start_date=MENTORING_START
    )
    for session in plan["sessions"]:
        mentoring_session_record(
            relationship=relationship,
            by=mentor,
            date=today + timedelta(days=session["days_from_today"]),
            duration_minutes=session["duration_minutes"],
            topics=session["topics"],
            next_steps=session["next_steps"],
            shared_notes=session["shared_notes"],
            mentor_notes=session["mentor_notes"],
        )
    for item in plan["recommendations"]:
        resource = ResourcePage.objects.live().filter(slug=item["resource"]).first()
        if resource is not None:
            resource_recommend(
                relationship=relationship, by=mentor, resource=resource, note=item["note"]
            )
    return relationship


@transaction.atomic
def seed_mentoring(users: dict[str, User]) -> list[MentoringRelationship]:
    mentor = users["coordinator"]
    relationships = []
    for plan in loaders.mentoring():
        mentee = users[plan["username"]]
        existing = MentoringRelationship.objects.filter(mentor=mentor, mentee=mentee).first()
        relationships.append(existing or _start(mentor, mentee, plan))
    return relationships

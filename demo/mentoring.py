"""Demo mentoring for `seed_demo`: the demo coordinator mentors the expert by experience and
the volunteer. Built with the services; a mentee who already has mentoring is left alone."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from content.models import ResourcePage
from mentoring.models import MentoringRelationship
from mentoring.services import (
    mentoring_relationship_start,
    mentoring_session_record,
    resource_recommend,
)
from people.models import User

MENTORING_START = date(2025, 5, 1)


@dataclass(frozen=True)
class DemoSession:
    days_from_today: int
    duration_minutes: int
    topics: str
    next_steps: str = ""
    shared_notes: str = ""
    mentor_notes: str = ""


PLANS: dict[str, tuple[list[DemoSession], list[tuple[str, str]]]] = {
    "expert": (
        [
            DemoSession(
                -63,
                60,
                "Getting started: what you would like from mentoring",
                next_steps=(
                    "Read “Your mentoring sessions: what to expect”.\n"
                    "Think about which training days you would like to help with."
                ),
                shared_notes=(
                    "We talked about what you would like to offer other families and staff. "
                    "You would like to start with training days before supporting families "
                    "directly."
                ),
                mentor_notes="Keen and thoughtful. Check in on wellbeing before the first day.",
            ),
            DemoSession(
                -28,
                45,
                "Preparing for the training day on preparing families",
                next_steps=(
                    "Work through the “Planning what you share” worksheet.\n"
                    "Meet the trainer next week to agree your part of the day."
                ),
                shared_notes=(
                    "You chose three moments to talk about, and two things you will keep "
                    "private. We agreed a signal for a break with the trainer."
                ),
                mentor_notes="Trainer briefed about the break signal.",
            ),
            DemoSession(
                -7,
                30,
                "How the training day went",
                next_steps="Rest this week. Next time: confidentiality when supporting families.",
                shared_notes=(
                    "Staff feedback was strong: several people said they will change how they "
                    "explain private family time. You found it tiring but worthwhile."
                ),
                mentor_notes="Some upset afterwards, handled well. Follow up next session.",
            ),
            DemoSession(14, 60, "Keeping information confidential when supporting families"),
        ],
        [
            ("looking-after-yourself", "Worth a look after the training day."),
            ("planning-what-you-share", "Use this before your next training day."),
        ],
    ),
    "volunteer": (
        [
            DemoSession(
                -49,
                60,
                "Starting as a volunteer advocate",
                next_steps=(
                    "Read “Being an advocate for a child”.\n"
                    "Shadow an experienced advocate at the next conference."
                ),
                shared_notes=(
                    "We went through what advocates do and do not do, and what to do if you "
                    "are worried about a child's safety."
                ),
                mentor_notes="Good grasp of independence. Check confidence about safeguarding.",
            ),
            DemoSession(
                -21,
                45,
                "Reflecting on shadowing an advocate",
                next_steps="Use the preparation checklist for your first advocacy visits.",
                shared_notes=(
                    "You noticed how the advocate let the young person choose how their views "
                    "were shared. You feel ready to take on a first piece of work."
                ),
            ),
            DemoSession(7, 45, "First advocacy visits: preparing with the checklist"),
        ],
        [
            ("advocate-preparation-checklist", "For your first visits."),
            ("keeping-information-confidential", ""),
        ],
    ),
}


@transaction.atomic
def seed_mentoring(users: dict[str, User]) -> list[MentoringRelationship]:
    mentor = users["coordinator"]
    today = timezone.localdate()
    relationships = []
    for username, (sessions, recommendations) in PLANS.items():
        mentee = users[username]
        existing = MentoringRelationship.objects.filter(mentor=mentor, mentee=mentee).first()
        if existing is not None:
            relationships.append(existing)
            continue
        relationship = mentoring_relationship_start(
            mentor=mentor, mentee=mentee, start_date=MENTORING_START
        )
        for session in sessions:
            mentoring_session_record(
                relationship=relationship,
                by=mentor,
                date=today + timedelta(days=session.days_from_today),
                duration_minutes=session.duration_minutes,
                topics=session.topics,
                next_steps=session.next_steps,
                shared_notes=session.shared_notes,
                mentor_notes=session.mentor_notes,
            )
        for slug, note in recommendations:
            resource = ResourcePage.objects.live().filter(slug=slug).first()
            if resource is not None:
                resource_recommend(
                    relationship=relationship, by=mentor, resource=resource, note=note
                )
        relationships.append(relationship)
    return relationships

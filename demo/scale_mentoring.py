"""Mentoring for generate_scale_data: each expert by experience and volunteer has a coordinator
of their team as mentor (access.can_mentor), with sessions since the mentoring began, a few
of them planned for the weeks ahead, and a resource or two recommended.
"""

from datetime import timedelta

from content.models import ResourcePage
from core.sanitize import plain_text_to_html
from demo.scale_common import World, insert, local_day, spread
from demo.scale_learning import audiences_for
from demo.scale_people import Staffing
from mentoring.models import MentoringRelationship, MentoringSession, ResourceRecommendation
from people.enums import COMMUNITY_ROLES, Role

PLANNED_SHARE = 0.08


def _relationships(world: World, staffing: Staffing) -> list[MentoringRelationship]:
    relationships = []
    begin = local_day(world.start)
    for team in staffing.teams:
        mentors = staffing.of_team(team, Role.COORDINATOR)
        if not mentors:
            continue
        for mentee in staffing.of_team(team, *COMMUNITY_ROLES):
            relationships.append(
                MentoringRelationship(
                    mentor=world.rng.choice(mentors).user,
                    mentee=mentee.user,
                    start_date=begin + timedelta(days=world.rng.randint(0, 180)),
                )
            )
    return insert(MentoringRelationship, relationships, world, share=0.1)


def _sessions(world: World, relationships: list, count: int) -> list[MentoringSession]:
    texts = world.texts["mentoring"]
    notes = {
        key: plain_text_to_html(texts[key])
        for key in ("next_steps", "shared_notes", "mentor_notes")
    }
    today = local_day(world.now)
    sessions = []
    for relationship, share in zip(
        relationships, spread(count, len(relationships), world.rng), strict=True
    ):
        days = max((today - relationship.start_date).days, 1)
        for _ in range(share):
            if world.rng.random() < PLANNED_SHARE:
                day = today + timedelta(days=world.rng.randint(1, 40))
            else:
                day = relationship.start_date + timedelta(days=world.rng.randint(0, days))
            sessions.append(
                MentoringSession(
                    relationship=relationship,
                    date=day,
                    duration_minutes=world.rng.choice((30, 45, 60, 90)),
                    topics=world.rng.choice(texts["topics"])[:300],
                    **notes,
                )
            )
    return sessions


def _recommendations(world: World, relationships: list, roles: dict) -> list:
    resources = list(ResourcePage.objects.live().order_by("path"))
    rows = []
    for relationship in relationships:
        readable = [
            r for r in resources if r.audiences & audiences_for(roles[relationship.mentee_id])
        ]
        for resource in world.rng.sample(readable, k=min(2, len(readable))):
            rows.append(ResourceRecommendation(relationship=relationship, resource=resource))
    return rows


def generate_mentoring(world: World, staffing: Staffing, *, sessions: int) -> None:
    relationships = _relationships(world, staffing)
    if not relationships:
        return
    insert(MentoringSession, _sessions(world, relationships, sessions), world, start=0.1, share=0.8)
    roles = {p.user.pk: p.role for p in staffing.people}
    insert(
        ResourceRecommendation,
        _recommendations(world, relationships, roles),
        world,
        start=0.9,
        share=0.1,
    )

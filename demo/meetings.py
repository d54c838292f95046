"""Demo meeting outcomes for `seed_demo`: each demo coordinator convened two to four family
meetings a quarter over the last eight quarters, with the follow-ups that have come due.

The records hold only choices, so there are no words to keep in demo/data. The pattern is
drawn from a fixed seed, so every run gives the same figures; a coordinator who already has
records is left alone.
"""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from meetings.enums import ChildVoice, MeetingKind, NetworkBand, ReferralSource
from meetings.models import PLAN_STAGES
from meetings.services import (
    FollowUpFacts,
    MeetingFacts,
    add_months,
    follow_up_record,
    meeting_record,
)
from observations.enums import Stage
from people import access
from people.models import Team, User

QUARTERS = 8
COORDINATORS = ("coordinator", "coordinator2")


def _facts(draw: random.Random, held_on) -> MeetingFacts:
    stage = draw.choices(
        [Stage.AGREEING_THE_PLAN, Stage.REVIEW, Stage.PRIVATE_FAMILY_TIME, Stage.PREPARATION],
        weights=[6, 2, 1, 1],
    )[0]
    kind = (
        MeetingKind.REVIEW
        if stage == Stage.REVIEW
        else draw.choice([MeetingKind.FGC, MeetingKind.FNM])
    )
    return MeetingFacts(
        kind=kind,
        held_on=held_on,
        stage_reached=stage,
        referral_source=draw.choices(ReferralSource.values, weights=[8, 3, 2, 2, 1, 1, 1])[0],
        plan_agreed=stage in PLAN_STAGES and draw.random() < 0.85,
        child_voice=draw.choices(ChildVoice.values, weights=[5, 3, 1])[0],
        network_band=draw.choices(NetworkBand.values, weights=[0, 3, 5, 2])[0],
    )


def _follow_up(draw: random.Random, plan_agreed: bool) -> FollowUpFacts:
    holding = "yes" if plan_agreed and draw.random() < 0.8 else draw.choice(["no", "not_known"])
    return FollowUpFacts(
        plan_holding=holding,
        escalation_avoided="yes" if draw.random() < 0.75 else draw.choice(["no", "not_known"]),
        child_in_network="yes" if draw.random() < 0.85 else "no",
    )


def _seed_for(coordinator: User, team: Team, draw: random.Random) -> int:
    today = timezone.localdate()
    made = 0
    for quarters_ago in range(QUARTERS - 1, -1, -1):
        quarter_end = add_months(today, -3 * quarters_ago)
        for _ in range(draw.randint(2, 4)):
            held_on = quarter_end - timedelta(days=draw.randint(1, 88))
            facts = _facts(draw, held_on)
            record = meeting_record(coordinator=coordinator, team=team, facts=facts)
            for months in (3, 6):
                if add_months(held_on, months) <= today and draw.random() < 0.9:
                    follow_up_record(
                        record=record,
                        by=coordinator,
                        months=months,
                        facts=_follow_up(draw, facts.plan_agreed),
                    )
            made += 1
    return made


@transaction.atomic
def seed_meetings(users: dict[str, User]) -> int:
    made = 0
    for number, username in enumerate(COORDINATORS):
        coordinator = users.get(username)
        if coordinator is None or coordinator.meetings_convened.exists():
            continue
        team = (
            Team.objects.filter(pk__in=access.meeting_team_ids(coordinator)).order_by("pk").first()
        )
        if team is not None:
            draw = random.Random(2026 + number)  # noqa: S311 (a repeatable demo, not a secret)
            made += _seed_for(coordinator, team, draw)
    return made

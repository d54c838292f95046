"""Whose records a team's figures count: its active staff today, each in every team they
are staff of; not leavers, people not started yet, inactive accounts or community roles."""

import datetime

import pytest
from django.utils import timezone

from assessments.models import Statement
from assessments.services import evidence_submit
from people.enums import Role
from reporting.selectors import Period, team_figures
from tests.factories import TeamFactory, member, membership_starting

pytestmark = pytest.mark.django_db


def pending_evidence(owner):
    return evidence_submit(
        owner=owner,
        kind="reflective_account",
        title="Reflective account",
        occurred_on=datetime.date(2026, 1, 10),
        statements=[Statement.objects.filter(code__startswith="FGCC-A").first()],
        description="<p>What I did</p>",
    )


def test_evidence_waiting_counts_each_teams_active_staff_only():
    north, south = TeamFactory(name="North"), TeamFactory(name="South")
    both = member(north, Role.PRACTITIONER)
    member(south, Role.COORDINATOR, user=both)
    leaver = member(north, Role.PRACTITIONER, ended=True)
    starter = member(south, Role.PRACTITIONER, ended=True)
    membership_starting(
        north, Role.PRACTITIONER, starter, timezone.localdate() + datetime.timedelta(days=1)
    )
    inactive = member(north, Role.PRACTITIONER)
    volunteer = member(north, Role.VOLUNTEER)
    member(north, Role.PRACTITIONER, user=volunteer, ended=True)
    for person in (both, both, leaver, starter, inactive, volunteer):
        pending_evidence(person)
    inactive.is_active = False
    inactive.save()

    figures = {f.team.name: f for f in team_figures([north, south], Period.this_quarter())}

    assert figures["North"].evidence_waiting == 2  # both's two pieces
    assert figures["South"].evidence_waiting == 2  # the same two, counted in South too
    assert figures["North"].size == 1 and figures["South"].size == 1

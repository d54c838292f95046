"""progressions_of: one person's progression on several frameworks, read in the queries of
one framework, equal to progression_for on each."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from assessments.enums import Outcome
from assessments.framework_trees import framework_with_structure
from assessments.models import Framework
from assessments.selectors import progression_for, progressions_of
from assessments.services import DecisionInput, decisions_record, learning_plan_agree

pytestmark = pytest.mark.django_db


def summary(progression):
    return (
        progression.framework.pk,
        [(row.level.code, row.met, row.total, row.reached) for row in progression.levels],
        [row.status for level in progression.levels for row in level.statements],
        progression.plan.pk if progression.plan else None,
    )


@pytest.fixture
def both(framework):
    return [framework, Framework.objects.get(code="FGCTL", status="published")]


def test_equal_to_one_framework_at_a_time(practitioner, team_leader, both, statements_a):
    decisions_record(
        subject=practitioner,
        decided_by=team_leader,
        decisions=[DecisionInput(s, Outcome.MET) for s in statements_a],
    )
    for framework in both:
        learning_plan_agree(
            subject=practitioner,
            target_level=framework.levels.order_by("order").last(),
            target_date=timezone.localdate() + datetime.timedelta(days=90),
            agreed_by=team_leader,
        )
    together = [summary(p) for p in progressions_of(practitioner, both)]
    assert together == [summary(progression_for(practitioner, f)) for f in both]
    assert together[0][3] != together[1][3]  # each framework keeps its own plan


def test_two_frameworks_cost_the_queries_of_one(practitioner, both):
    trees = [framework_with_structure(f.pk) for f in both]
    with CaptureQueriesContext(connection) as one:
        progressions_of(practitioner, trees[:1])
    with CaptureQueriesContext(connection) as two:
        progressions_of(practitioner, trees)
    assert len(two.captured_queries) == len(one.captured_queries)

"""The matrix and the review queue at scale: counted by the database, a page at a time.

The matrix's cells come from aggregate queries, not from each person's Progression; these
tests hold the two to the same figures, and check that a page costs the same queries
whichever page it is and however many people the team has.
"""

import datetime

import pytest
from django.urls import reverse

from assessments.enums import FrameworkStatus, Outcome
from assessments.matrix import TeamMatrix
from assessments.models import Evidence, Framework
from assessments.review_views import REVIEW_PAGE_SIZE
from assessments.selectors import latest_decisions, progression_for
from assessments.services import DecisionInput, decisions_record, evidence_submit, level_confirm
from assessments.views import MATRIX_PAGE_SIZE
from people.enums import Role
from tests.factories import member

pytestmark = pytest.mark.django_db


def submit(owner, statements, title="Evidence", days_ago=1):
    evidence = evidence_submit(
        owner=owner,
        kind="supervision_note",
        title=title,
        occurred_on=datetime.date(2026, 1, 5),
        statements=statements,
    )
    Evidence.objects.filter(pk=evidence.pk).update(
        submitted_at=evidence.submitted_at - datetime.timedelta(days=days_ago)
    )
    return evidence


def decide(subject, leader, statements, outcome=Outcome.MET):
    decisions_record(
        subject=subject,
        decided_by=leader,
        decisions=[DecisionInput(s, outcome, "Comment") for s in statements],
    )


def cell_figures(cell):
    return (
        cell.confirmed.level.code if cell.confirmed else None,
        cell.reached.level.code if cell.reached else None,
        cell.next_level.level.code if cell.next_level else None,
        cell.percent_to_next,
        [flag.level.code for flag in cell.flagged],
        cell.pending,
    )


def progression_figures(progression):
    def code(row):
        return row.level.code if row else None

    next_level = progression.next_level
    return (
        code(progression.confirmed_level),
        code(progression.reached_level),
        code(next_level),
        round(next_level.fraction * 100) if next_level else None,
        [row.level.code for row in progression.flagged],
        progression.pending_count,
    )


def test_matrix_cells_hold_what_each_progression_holds(
    team, team_leader, practitioner, coordinator, framework, statements_a, statements_b
):
    # Priya: A met and confirmed, then one statement withdrawn (flagged), one re-met.
    decide(practitioner, team_leader, statements_a)
    level_confirm(
        subject=practitioner, level=framework.levels.get(code="A"), confirmed_by=team_leader
    )
    decide(practitioner, team_leader, statements_a[:2], Outcome.NOT_YET_MET)
    decide(practitioner, team_leader, statements_a[1:2])
    submit(practitioner, statements_a[:1] + statements_b[:3], "Newer evidence", days_ago=0)
    # Cal: all of A and a third of B met; older evidence on decided statements is not pending.
    submit(coordinator, statements_a[:2], "Older evidence", days_ago=30)
    decide(coordinator, team_leader, statements_a + statements_b[:10])
    # Someone with nothing at all.
    member(team, Role.PRACTITIONER, display_name="Nina New")
    matrix = TeamMatrix(team_leader)
    for row in matrix.rows():
        for cell in row.cells:
            progression = progression_for(row.person, cell.framework)
            assert cell_figures(cell) == progression_figures(progression), (
                row.person.name,
                cell.framework.code,
            )
            assert cell.applies or not progression.has_records


def test_latest_decision_per_statement_is_the_newest(team_leader, practitioner, statements_a):
    decide(practitioner, team_leader, statements_a[:2])
    decide(practitioner, team_leader, statements_a[:1], Outcome.NOT_YET_MET)
    latest = latest_decisions([practitioner.pk])
    assert latest[(practitioner.pk, statements_a[0].pk)].outcome == Outcome.NOT_YET_MET
    assert latest[(practitioner.pk, statements_a[1].pk)].outcome == Outcome.MET
    assert len(latest) == 2


def test_matrix_comes_a_page_at_a_time_with_the_export_whole(
    client, team, team_leader, django_assert_max_num_queries
):
    for _ in range(MATRIX_PAGE_SIZE + 5):
        member(team, Role.PRACTITIONER)
    client.force_login(team_leader)
    url = reverse("assessments:team-matrix")
    with django_assert_max_num_queries(100) as first:
        page_one = client.get(url)
    with django_assert_max_num_queries(len(first.captured_queries)):
        page_two = client.get(url + "?page=2")
    assert len(page_one.context["rows"]) == MATRIX_PAGE_SIZE
    assert len(page_two.context["rows"]) == 5
    assert "Page 1 of 2" in page_one.content.decode()
    names = {row.person.name for row in page_one.context["rows"]}
    assert names.isdisjoint(row.person.name for row in page_two.context["rows"])
    export = client.get(url + "?format=csv").content.decode("utf-8-sig")
    assert len(export.strip().splitlines()) == MATRIX_PAGE_SIZE + 5 + 1


def test_matrix_takes_its_frameworks_from_the_trees_as_they_change(
    client, team_leader, practitioner, framework
):
    """The matrix reads the published frameworks from the cached trees: a framework that
    stops being published leaves every matrix at once, the page and the exports alike."""
    client.force_login(team_leader)
    url = reverse("assessments:team-matrix")

    def header():
        return client.get(url + "?format=csv").content.decode("utf-8-sig").splitlines()[0]

    assert f"{framework.name}: level confirmed" in header()
    column = f'<th scope="col">{framework.name}</th>'
    assert column in client.get(url).content.decode()
    framework.status = FrameworkStatus.SUPERSEDED
    framework.save()
    assert framework.name not in header()
    assert column not in client.get(url).content.decode()
    assert Framework.objects.filter(status=FrameworkStatus.PUBLISHED).exists()


def test_matrix_page_queries_stay_flat_as_records_grow(
    client, team, team_leader, statements_a, django_assert_max_num_queries
):
    people = [member(team, Role.PRACTITIONER) for _ in range(3)]
    client.force_login(team_leader)
    url = reverse("assessments:team-matrix")
    with django_assert_max_num_queries(100) as small:
        client.get(url)
    for person in people + [member(team, Role.COORDINATOR) for _ in range(20)]:
        submit(person, statements_a[:3])
        decide(person, team_leader, statements_a[:6])
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert client.get(url).status_code == 200


def test_review_queue_comes_a_page_at_a_time_oldest_first(
    client, team, team_leader, statements_a, django_assert_max_num_queries
):
    people = [member(team, Role.PRACTITIONER) for _ in range(REVIEW_PAGE_SIZE + 3)]
    for age, person in enumerate(people):
        submit(person, statements_a[:2], f"Evidence {age:02d}", days_ago=100 - age)
    client.force_login(team_leader)
    url = reverse("assessments:review-queue")
    with django_assert_max_num_queries(100) as first:
        page_one = client.get(url)
    with django_assert_max_num_queries(len(first.captured_queries)):
        page_two = client.get(url + "?page=2")
    items_one, items_two = page_one.context["items"], page_two.context["items"]
    assert len(items_one) == REVIEW_PAGE_SIZE
    assert len(items_two) == 3
    assert [i.evidence.title for i in items_one][:2] == ["Evidence 00", "Evidence 01"]
    assert items_two[-1].evidence.title == f"Evidence {REVIEW_PAGE_SIZE + 2:02d}"
    body = page_one.content.decode()
    assert f"{REVIEW_PAGE_SIZE + 3} pieces of evidence waiting" in body
    assert "Page 1 of 2" in body


def test_evidence_on_two_frameworks_shows_once_naming_both(
    client, team, team_leader, practitioner, statements_a
):
    leader_statement = (
        Framework.objects.get(code="FGCTL", status="published")
        .levels.get(code="A")
        .domains.first()
        .statements.first()
    )
    submit(practitioner, [*statements_a[:2], leader_statement], "Both frameworks")
    client.force_login(team_leader)
    [item] = client.get(reverse("assessments:review-queue")).context["items"]
    assert item.evidence.title == "Both frameworks"
    assert sorted(f.code for f in item.frameworks) == ["FGCC", "FGCTL"]
    assert len(item.to_decide) == 3

"""Issue 15: review one piece of evidence once (item 3), team leaders' evidence decided by
the service manager (item 1), the confirm step of a level (item 4) and return for changes
(item 5)."""

import datetime

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from assessments.enums import EvidenceStatus, Outcome
from assessments.models import Decision, Evidence, EvidenceReturn, Framework, LevelConfirmation
from assessments.services import evidence_submit, level_confirm
from people.enums import Role
from people.services import reviewer_appoint
from tests.assessments.conftest import level_statements
from tests.assessments.test_review_and_matrix import meet, submit
from tests.factories import member

pytestmark = pytest.mark.django_db


def decide_url(evidence):
    return reverse("assessments:review-evidence", args=[evidence.pk])


def queue_items(client):
    return client.get(reverse("assessments:review-queue")).context["items"]


# Item 3: review by evidence ----------------------------------------------------------------


def test_queue_lists_each_piece_of_evidence_once(client, team_leader, practitioner, statements_a):
    submit(practitioner, statements_a[:5], "Five statements")
    client.force_login(team_leader)
    [item] = queue_items(client)
    assert item.evidence.title == "Five statements"
    assert len(item.to_decide) == 5
    assert "5 to decide" in client.get(reverse("assessments:review-queue")).content.decode()


def test_one_decision_covers_every_statement_the_evidence_claims(
    client, team_leader, practitioner, statements_a
):
    evidence = submit(practitioner, statements_a[:4], "Peer observation")
    client.force_login(team_leader)
    response = client.post(decide_url(evidence), {"outcome": "met", "comment": "Clear"})
    assert response.status_code == 302
    decisions = Decision.objects.filter(subject=practitioner)
    assert sorted(d.statement_id for d in decisions) == sorted(s.pk for s in statements_a[:4])
    assert {d.outcome for d in decisions} == {Outcome.MET}
    assert all(list(d.evidence.all()) == [evidence] for d in decisions)
    evidence.refresh_from_db()
    assert evidence.status == EvidenceStatus.REVIEWED
    assert queue_items(client) == []


def test_exceptions_statement_by_statement(client, team_leader, practitioner, statements_a):
    evidence = submit(practitioner, statements_a[:3])
    first, second, third = statements_a[:3]
    client.force_login(team_leader)
    response = client.post(
        decide_url(evidence),
        {
            "outcome": "met",
            f"outcome_{second.pk}": "not_met",
            f"comment_{second.pk}": "Show a second example",
        },
    )
    assert response.status_code == 302
    by_statement = {d.statement_id: d for d in Decision.objects.filter(subject=practitioner)}
    assert by_statement[first.pk].outcome == by_statement[third.pk].outcome == Outcome.MET
    assert by_statement[second.pk].outcome == Outcome.NOT_YET_MET
    assert by_statement[second.pk].comment == "Show a second example"


def test_not_yet_met_needs_a_comment_and_the_form_keeps_what_was_typed(
    client, team_leader, practitioner, statements_a
):
    evidence = submit(practitioner, statements_a[:2])
    second = statements_a[1]
    client.force_login(team_leader)
    response = client.post(
        decide_url(evidence),
        {"outcome": "met", "comment": "", f"outcome_{second.pk}": "not_met"},
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "Say what is still needed" in body
    assert 'value="not_met" selected' in body
    assert not Decision.objects.exists()


@pytest.mark.parametrize("outcome", ["", "approved"])
def test_a_missing_or_tampered_outcome_is_a_form_error(
    client, team_leader, practitioner, statements_a, outcome
):
    evidence = submit(practitioner, statements_a[:2])
    client.force_login(team_leader)
    response = client.post(decide_url(evidence), {"outcome": outcome})
    assert response.status_code == 200
    assert "Choose met, not yet met or return for changes" in response.content.decode()
    assert not Decision.objects.exists()


def test_met_statements_stay_met_and_are_not_decided_again(
    client, team_leader, practitioner, statements_a
):
    meet(practitioner, team_leader, statements_a[:2])
    evidence = submit(practitioner, statements_a[:3], "Covers one new statement")
    client.force_login(team_leader)
    [item] = queue_items(client)
    assert item.to_decide == [statements_a[2]]
    assert [s for s, _ in item.already_met] == statements_a[:2]
    before = Decision.objects.count()
    client.post(decide_url(evidence), {"outcome": "not_met", "comment": "Not yet"})
    assert Decision.objects.count() == before + 1
    latest = Decision.objects.filter(subject=practitioner, statement=statements_a[0]).latest()
    assert latest.outcome == Outcome.MET


def test_new_evidence_on_a_confirmed_level_is_filed_not_queued(
    client, framework, team_leader, practitioner, statements_a
):
    meet(practitioner, team_leader, statements_a)
    level_confirm(
        subject=practitioner, level=framework.levels.get(code="A"), confirmed_by=team_leader
    )
    evidence = submit(practitioner, statements_a[:3], "More for Level A")
    evidence.refresh_from_db()
    assert evidence.status == EvidenceStatus.FILED
    client.force_login(team_leader)
    assert queue_items(client) == []
    assert not LevelConfirmation.objects.filter(needs_review=True).exists()
    client.force_login(practitioner)
    page = client.get(reverse("assessments:my-progression")).content.decode()
    assert "More for Level A</a> (filed: already met)" in page


def test_meeting_a_statement_files_other_waiting_evidence_for_it(
    client, team_leader, practitioner, statements_a
):
    first = submit(practitioner, statements_a[:1], "First", days_ago=3)
    second = submit(practitioner, statements_a[:1], "Second", days_ago=2)
    client.force_login(team_leader)
    client.post(decide_url(first), {"outcome": "met"})
    second.refresh_from_db()
    assert second.status == EvidenceStatus.FILED
    assert queue_items(client) == []


@pytest.mark.parametrize("who", ["practitioner", "other_team_leader", "service_manager"])
def test_only_who_decides_opens_the_decision_page(client, request, practitioner, statements_a, who):
    evidence = submit(practitioner, statements_a[:1])
    client.force_login(request.getfixturevalue(who))
    assert client.get(decide_url(evidence)).status_code == 404
    assert client.post(decide_url(evidence), {"outcome": "met"}).status_code == 404
    assert not Decision.objects.exists()


def test_decided_evidence_cannot_be_decided_twice(client, team_leader, practitioner, statements_a):
    evidence = submit(practitioner, statements_a[:1])
    client.force_login(team_leader)
    client.post(decide_url(evidence), {"outcome": "met"})
    response = client.post(decide_url(evidence), {"outcome": "met"})
    assert response.status_code == 200
    assert Decision.objects.count() == 1


def test_decision_page_queries_do_not_grow_with_statements(
    client, team_leader, practitioner, statements_a, statements_b
):
    small = submit(practitioner, statements_a[:2])
    large = submit(practitioner, [*statements_a, *statements_b])
    client.force_login(team_leader)
    client.get(decide_url(small))  # the first request fills the caches (navigation, frameworks)
    counts = []
    for evidence in (small, large):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(decide_url(evidence)).status_code == 200
        counts.append(len(queries))
    assert counts[1] == counts[0]


def test_queue_and_person_page_queries_do_not_grow_with_rows(
    client, team, framework, team_leader, statements_a
):
    def measure(extra):
        for _ in range(extra):
            submit(member(team, Role.PRACTITIONER), statements_a[:3])
        person = Evidence.objects.first().owner
        client.force_login(team_leader)
        counts = []
        for url in (
            reverse("assessments:review-queue"),
            reverse("assessments:review-person", args=[person.pk, framework.pk]),
        ):
            client.get(url)  # the first request fills the caches (navigation, frameworks)
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            counts.append(len(queries))
        return counts

    assert measure(2) == measure(12)


def test_person_page_is_a_summary_not_a_form_per_statement(
    client, framework, team_leader, practitioner, statements_a
):
    meet(practitioner, team_leader, statements_a[:5])
    submit(practitioner, statements_a[5:7], "Waiting note")
    client.force_login(team_leader)
    body = client.get(
        reverse("assessments:review-person", args=[practitioner.pk, framework.pk])
    ).content.decode()
    assert "Waiting note" in body
    assert "2 statements to decide" in body
    assert 'name="outcome_' not in body
    assert "5 of 22 met" in body


# Item 1: team leaders' evidence ------------------------------------------------------------


@pytest.fixture
def leader_statements(db):
    return level_statements(Framework.objects.get(code="FGCTL", status="published"), "A")


def test_service_manager_decides_on_a_team_leaders_evidence(
    client, team, team_leader, service_manager, leader_statements
):
    colleague = member(team, Role.TEAM_LEADER, display_name="Cora Coleader")
    evidence = submit(team_leader, leader_statements[:3], "Leading a team meeting")
    client.force_login(colleague)
    assert queue_items(client) == []
    assert client.get(decide_url(evidence)).status_code == 404
    client.force_login(service_manager)
    [item] = queue_items(client)
    assert item.evidence == evidence
    assert client.post(decide_url(evidence), {"outcome": "met"}).status_code == 302
    assert Decision.objects.filter(subject=team_leader, decided_by=service_manager).count() == 3


def test_appointed_team_leader_decides_on_a_team_leaders_evidence(
    client, team_leader, other_team_leader, service_manager, leader_statements
):
    evidence = submit(team_leader, leader_statements[:2])
    client.force_login(other_team_leader)
    assert client.get(decide_url(evidence)).status_code == 404
    reviewer_appoint(team_leader=team_leader, reviewer=other_team_leader, by=service_manager)
    [item] = queue_items(client)
    assert item.evidence == evidence
    assert client.post(decide_url(evidence), {"outcome": "met"}).status_code == 302


def test_service_manager_confirms_a_team_leaders_level(
    client, team_leader, service_manager, leader_statements
):
    level_a = leader_statements[0].domain.level
    meet(team_leader, service_manager, leader_statements)
    client.force_login(service_manager)
    url = reverse("assessments:level-confirm", args=[team_leader.pk, level_a.pk])
    response = client.post(url, {"confirmed_on": timezone.localdate().isoformat()})
    assert response.status_code == 302
    assert LevelConfirmation.objects.get(subject=team_leader).confirmed_by == service_manager


# Item 4: the confirm step ------------------------------------------------------------------


def test_confirming_asks_first_and_records_date_comment_and_who(
    client, framework, team_leader, practitioner, statements_a
):
    level_a = framework.levels.get(code="A")
    meet(practitioner, team_leader, statements_a)
    url = reverse("assessments:level-confirm", args=[practitioner.pk, level_a.pk])
    client.force_login(team_leader)
    page = client.get(url)
    assert page.status_code == 200
    assert f'value="{timezone.localdate().isoformat()}"' in page.content.decode()
    assert not LevelConfirmation.objects.exists()
    earlier = timezone.localdate() - datetime.timedelta(days=10)
    response = client.post(
        url, {"confirmed_on": earlier.isoformat(), "comment": "Agreed at supervision"}
    )
    assert response.status_code == 302
    confirmation = LevelConfirmation.objects.get()
    assert (confirmation.confirmed_on, confirmation.comment) == (earlier, "Agreed at supervision")
    client.force_login(practitioner)
    page = client.get(reverse("assessments:my-progression")).content.decode()
    assert f"confirmed {earlier:%-d %B %Y} by Tess Leader" in page
    assert "Agreed at supervision" in page


def test_confirming_refuses_a_future_date_and_keeps_the_comment(
    client, framework, team_leader, practitioner, statements_a
):
    level_a = framework.levels.get(code="A")
    meet(practitioner, team_leader, statements_a)
    client.force_login(team_leader)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    response = client.post(
        reverse("assessments:level-confirm", args=[practitioner.pk, level_a.pk]),
        {"confirmed_on": tomorrow.isoformat(), "comment": "Typed comment"},
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "The date must be today or in the past" in body
    assert "Typed comment" in body
    assert not LevelConfirmation.objects.exists()


def test_confirm_page_is_404_for_someone_who_does_not_decide(
    client, framework, other_team_leader, practitioner
):
    level_a = framework.levels.get(code="A")
    client.force_login(other_team_leader)
    url = reverse("assessments:level-confirm", args=[practitioner.pk, level_a.pk])
    assert client.get(url).status_code == 404


# Item 5: return for changes ----------------------------------------------------------------


def test_return_for_changes_reopens_the_evidence_for_its_owner(
    client, team_leader, practitioner, statements_a, django_capture_on_commit_callbacks
):
    evidence = submit(practitioner, statements_a[:2], "Names a child")
    client.force_login(team_leader)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            decide_url(evidence),
            {"outcome": "return", "comment": "Please take out the child's first name"},
        )
    assert response.status_code == 302
    evidence.refresh_from_db()
    assert evidence.status == EvidenceStatus.RETURNED
    assert not Decision.objects.exists()
    assert EvidenceReturn.objects.get().returned_by == team_leader
    assert [m.to for m in mail.outbox] == [[practitioner.email]]
    assert "take out" not in mail.outbox[0].body  # a link, not the reason
    assert queue_items(client) == []

    client.force_login(practitioner)
    detail = client.get(reverse("assessments:evidence-detail", args=[evidence.pk]))
    assert "Please take out the child&#x27;s first name" in detail.content.decode()
    edit = reverse("assessments:evidence-edit", args=[evidence.pk])
    assert client.get(edit).status_code == 200
    response = client.post(
        edit,
        {
            "kind": "supervision_note",
            "title": "Redacted note",
            "occurred_on": "2026-01-05",
            "statements": [s.pk for s in statements_a[:2]],
        },
    )
    assert response.status_code == 302
    evidence.refresh_from_db()
    assert evidence.status == EvidenceStatus.PENDING
    client.force_login(team_leader)
    [item] = queue_items(client)
    assert item.evidence.title == "Redacted note"


def test_returning_needs_a_reason(client, team_leader, practitioner, statements_a):
    evidence = submit(practitioner, statements_a[:1])
    client.force_login(team_leader)
    response = client.post(decide_url(evidence), {"outcome": "return"})
    assert "Say what needs to change" in response.content.decode()
    assert not EvidenceReturn.objects.exists()


def test_returned_evidence_can_be_withdrawn_by_its_owner_only(
    client, team_leader, practitioner, coordinator, statements_a
):
    evidence = submit(practitioner, statements_a[:1])
    client.force_login(team_leader)
    client.post(decide_url(evidence), {"outcome": "return", "comment": "Redact it"})
    withdraw = reverse("assessments:evidence-withdraw", args=[evidence.pk])
    client.force_login(coordinator)
    assert client.post(withdraw).status_code == 404
    client.force_login(practitioner)
    client.post(withdraw)
    evidence.refresh_from_db()
    assert evidence.status == EvidenceStatus.WITHDRAWN


def test_returns_are_append_only(team_leader, practitioner, statements_a):
    from django.core.exceptions import ValidationError

    evidence = evidence_submit(
        owner=practitioner,
        kind="other",
        title="Note",
        occurred_on=datetime.date(2026, 1, 5),
        statements=statements_a[:1],
    )
    returned = EvidenceReturn.objects.create(
        evidence=evidence, returned_by=team_leader, reason="Why"
    )
    with pytest.raises(ValidationError):
        EvidenceReturn.objects.filter(pk=returned.pk).update(reason="Changed")


def test_matrix_counts_no_waiting_statement_that_is_already_met(
    team_leader, practitioner, framework, statements_a
):
    from assessments.matrix import TeamMatrix

    meet(practitioner, team_leader, statements_a[:2])
    submit(practitioner, statements_a[:3], "One new, two met")
    [row] = [r for r in TeamMatrix(team_leader).rows() if r.person == practitioner]
    cell = next(c for c in row.cells if c.framework == framework)
    assert cell.pending == 1


def test_a_met_statement_taken_back_flags_the_confirmed_level(
    client, framework, team_leader, practitioner, statements_a
):
    meet(practitioner, team_leader, statements_a)
    level_confirm(
        subject=practitioner, level=framework.levels.get(code="A"), confirmed_by=team_leader
    )
    url = reverse("assessments:reconsider", args=[practitioner.pk, framework.pk])
    client.force_login(team_leader)
    response = client.post(url, {"statement": statements_a[0].pk, "reason": ""})
    assert "Say why it is no longer met" in response.content.decode()
    assert not LevelConfirmation.objects.filter(needs_review=True).exists()
    response = client.post(url, {"statement": statements_a[0].pk, "reason": "Shown again, please"})
    assert response.status_code == 302
    assert LevelConfirmation.objects.get().needs_review
    latest = Decision.objects.filter(subject=practitioner, statement=statements_a[0]).latest()
    assert (latest.outcome, latest.comment) == (Outcome.NOT_YET_MET, "Shown again, please")


def test_only_who_decides_takes_back_a_met(client, framework, other_team_leader, practitioner):
    client.force_login(other_team_leader)
    url = reverse("assessments:reconsider", args=[practitioner.pk, framework.pk])
    assert client.post(url, {"statement": 1, "reason": "x"}).status_code == 404

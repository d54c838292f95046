"""Progression rules: cumulative levels, latest decision wins, flags, versioning."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from assessments.enums import EvidenceStatus, Outcome, StatementStatus
from assessments.frameworks import framework_new_version, framework_publish
from assessments.models import Decision, Evidence, LevelConfirmation, Statement
from assessments.selectors import progression_for
from assessments.services import DecisionInput, decisions_record, evidence_submit, level_confirm

pytestmark = pytest.mark.django_db


def meet(subject, leader, statements, outcome=Outcome.MET, comment="Seen in practice"):
    return decisions_record(
        subject=subject,
        decided_by=leader,
        decisions=[DecisionInput(s, outcome, comment) for s in statements],
    )


def submit(owner, statements, title="Reflective account"):
    return evidence_submit(
        owner=owner,
        kind="reflective_account",
        title=title,
        occurred_on=datetime.date(2026, 1, 10),
        statements=statements,
        description="<p>What I did</p>",
    )


def test_nothing_reached_without_decisions(framework, practitioner):
    progression = progression_for(practitioner, framework)
    assert progression.reached_level is None
    assert progression.next_level.level.code == "A"
    assert {row.status for row in progression.levels[0].statements} == {StatementStatus.NO_EVIDENCE}


def test_level_a_reached_when_all_its_statements_are_met(
    framework, practitioner, team_leader, statements_a
):
    meet(practitioner, team_leader, statements_a[:-1])
    assert progression_for(practitioner, framework).reached_level is None
    meet(practitioner, team_leader, statements_a[-1:])
    progression = progression_for(practitioner, framework)
    assert progression.reached_level.level.code == "A"
    assert progression.next_level.level.code == "B"
    assert progression.levels[0].met == progression.levels[0].total == 22


def test_levels_are_cumulative(framework, practitioner, team_leader, statements_a, statements_b):
    meet(practitioner, team_leader, statements_b)
    progression = progression_for(practitioner, framework)
    assert progression.levels[1].met == 30
    assert progression.reached_level is None  # B is all met, but A is not
    meet(practitioner, team_leader, statements_a)
    assert progression_for(practitioner, framework).reached_level.level.code == "B"


def test_latest_decision_wins(framework, practitioner, team_leader, statements_a):
    meet(practitioner, team_leader, statements_a)
    meet(practitioner, team_leader, statements_a[:1], Outcome.NOT_YET_MET, "Certificate missing")
    progression = progression_for(practitioner, framework)
    assert progression.reached_level is None
    assert progression.levels[0].statements[0].status == StatementStatus.NOT_YET_MET
    meet(practitioner, team_leader, statements_a[:1])
    assert progression_for(practitioner, framework).reached_level.level.code == "A"
    # Every decision is kept.
    assert Decision.objects.filter(subject=practitioner, statement=statements_a[0]).count() == 3


def test_decisions_are_append_only(practitioner, team_leader, statements_a):
    decision = meet(practitioner, team_leader, statements_a[:1])[0]
    decision.outcome = Outcome.NOT_YET_MET
    with pytest.raises(ValidationError):
        decision.save()
    with pytest.raises(ValidationError):
        decision.delete()


def test_confirming_needs_the_level_reached(framework, practitioner, team_leader, statements_a):
    level_a = framework.levels.get(code="A")
    with pytest.raises(ValidationError, match="not reached yet"):
        level_confirm(subject=practitioner, level=level_a, confirmed_by=team_leader)
    meet(practitioner, team_leader, statements_a)
    confirmation = level_confirm(subject=practitioner, level=level_a, confirmed_by=team_leader)
    assert progression_for(practitioner, framework).confirmed_level.level == level_a
    assert confirmation.confirmed_by == team_leader


def test_withdrawn_met_flags_the_confirmation_instead_of_deleting_it(
    framework, practitioner, team_leader, statements_a
):
    level_a = framework.levels.get(code="A")
    meet(practitioner, team_leader, statements_a)
    level_confirm(subject=practitioner, level=level_a, confirmed_by=team_leader)
    meet(practitioner, team_leader, statements_a[2:3], Outcome.NOT_YET_MET, "Not shown after all")

    confirmation = LevelConfirmation.objects.get(subject=practitioner, level=level_a)
    assert confirmation.needs_review
    assert statements_a[2].code in confirmation.review_reason
    progression = progression_for(practitioner, framework)
    assert progression.confirmed_level is None
    assert [row.level.code for row in progression.flagged] == ["A"]


def test_not_met_on_a_statement_never_met_flags_nothing(
    framework, practitioner, team_leader, statements_a, statements_b
):
    meet(practitioner, team_leader, statements_a)
    level_confirm(
        subject=practitioner, level=framework.levels.get(code="A"), confirmed_by=team_leader
    )
    meet(practitioner, team_leader, statements_b[:1], Outcome.NOT_YET_MET, "Keep going")
    assert not LevelConfirmation.objects.get(subject=practitioner).needs_review


def test_pending_evidence_shows_until_decided(framework, practitioner, team_leader, statements_a):
    evidence = submit(practitioner, statements_a[:2])
    rows = progression_for(practitioner, framework).levels[0].statements
    assert [rows[0].status, rows[1].status] == [StatementStatus.PENDING] * 2
    assert rows[0].evidence == [evidence]

    meet(practitioner, team_leader, statements_a[:1])
    evidence.refresh_from_db()
    assert evidence.status == EvidenceStatus.PENDING  # one statement still undecided
    meet(practitioner, team_leader, statements_a[1:2], Outcome.NOT_YET_MET, "Need more")
    evidence.refresh_from_db()
    assert evidence.status == EvidenceStatus.REVIEWED
    assert set(Decision.objects.filter(evidence=evidence).values_list("statement", flat=True)) == {
        statements_a[0].pk,
        statements_a[1].pk,
    }


def test_practitioner_cannot_decide(practitioner, coordinator, statements_a):
    with pytest.raises(PermissionDenied):
        meet(coordinator, practitioner, statements_a[:1])


def test_team_leader_cannot_decide_for_another_team(other_team_leader, practitioner, statements_a):
    with pytest.raises(PermissionDenied):
        meet(practitioner, other_team_leader, statements_a[:1])


def test_team_leader_cannot_decide_on_own_statements(team_leader, statements_a):
    with pytest.raises(PermissionDenied):
        meet(team_leader, team_leader, statements_a[:1])


def test_database_refuses_a_decision_on_oneself(team_leader, statements_a):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Decision.objects.bulk_create(
            [
                Decision(
                    subject=team_leader,
                    statement=statements_a[0],
                    outcome="met",
                    decided_by=team_leader,
                )
            ]
        )


def test_service_manager_reads_but_does_not_decide(service_manager, practitioner, statements_a):
    with pytest.raises(PermissionDenied):
        meet(practitioner, service_manager, statements_a[:1])


def test_new_version_keeps_old_evidence_and_decisions_attached(
    framework, practitioner, team_leader, statements_a
):
    evidence = submit(practitioner, statements_a[:1])
    meet(practitioner, team_leader, statements_a[:1])
    assert framework.is_frozen()

    new = framework_new_version(framework=framework)
    assert (new.version, new.status, new.previous_version) == (2, "draft", framework)
    assert Statement.objects.filter(domain__level__framework=new).count() == 72
    framework_publish(framework=new)
    framework.refresh_from_db()
    assert framework.status == "superseded"

    # The old records still point at version 1's statements.
    assert list(evidence.statements.all()) == [statements_a[0]]
    assert Decision.objects.get(subject=practitioner).statement.domain.level.framework == framework
    assert progression_for(practitioner, framework).levels[0].statements[0].status == "met"
    assert progression_for(practitioner, new).levels[0].statements[0].status == "no_evidence"


def test_frozen_framework_statements_cannot_be_changed(
    framework, practitioner, team_leader, statements_a
):
    meet(practitioner, team_leader, statements_a[:1])
    statement = Statement.objects.get(pk=statements_a[5].pk)
    statement.text = "Changed wording"
    with pytest.raises(ValidationError, match="Make a new version"):
        statement.full_clean()
    framework.name = "Renamed"
    with pytest.raises(ValidationError, match="Make a new version"):
        framework.full_clean()


def test_evidence_only_against_published_frameworks(framework, practitioner):
    draft = framework_new_version(framework=framework)
    statement = Statement.objects.filter(domain__level__framework=draft).first()
    with pytest.raises(ValidationError, match="published framework"):
        submit(practitioner, [statement])


def test_system_evidence_is_created_once_per_source(practitioner, statements_a):
    first = evidence_submit(
        owner=practitioner,
        kind="module_completion",
        title="Module complete",
        occurred_on=datetime.date(2026, 2, 1),
        statements=statements_a[:2],
        source_key="module:7",
    )
    again = evidence_submit(
        owner=practitioner,
        kind="module_completion",
        title="Module complete",
        occurred_on=datetime.date(2026, 2, 1),
        statements=statements_a[:2],
        source_key="module:7",
    )
    assert first.pk == again.pk
    assert Evidence.objects.filter(owner=practitioner).count() == 1


def test_a_confirmation_can_record_an_earlier_date_but_not_a_future_one(
    framework, practitioner, team_leader, statements_a
):
    import datetime as dt

    level_a = framework.levels.get(code="A")
    meet(practitioner, team_leader, statements_a)
    with pytest.raises(ValidationError, match="cannot be in the future"):
        level_confirm(
            subject=practitioner,
            level=level_a,
            confirmed_by=team_leader,
            confirmed_on=dt.date.today() + dt.timedelta(days=30),
        )
    earlier = dt.date(2026, 1, 15)
    confirmation = level_confirm(
        subject=practitioner, level=level_a, confirmed_by=team_leader, confirmed_on=earlier
    )
    assert confirmation.confirmed_on == earlier


def test_new_evidence_on_a_met_statement_keeps_it_counted_as_met(
    framework, practitioner, team_leader, statements_a
):
    meet(practitioner, team_leader, statements_a)
    further = submit(practitioner, statements_a[:1], "Further evidence")
    progression = progression_for(practitioner, framework)
    level_a = progression.levels[0]
    # Filed against the met statement, not queued again (issue 15, item 3).
    further.refresh_from_db()
    assert further.status == EvidenceStatus.FILED
    assert level_a.statements[0].status == StatementStatus.MET
    assert further in level_a.statements[0].evidence
    assert level_a.met == level_a.total == 22
    assert progression.reached_level.level.code == "A"


# A level is confirmed once (issue 13, finding 3) --------------------------------------------


def test_confirming_a_confirmed_level_again_is_refused_and_changes_nothing(
    framework, practitioner, team_leader, statements_a
):
    level_a = framework.levels.get(code="A")
    meet(practitioner, team_leader, statements_a)
    first = level_confirm(
        subject=practitioner,
        level=level_a,
        confirmed_by=team_leader,
        confirmed_on=datetime.date(2026, 1, 5),
    )
    with pytest.raises(ValidationError, match=r"already confirmed .* on 05 January 2026"):
        level_confirm(subject=practitioner, level=level_a, confirmed_by=team_leader)
    assert list(LevelConfirmation.objects.filter(subject=practitioner)) == [first]
    assert progression_for(practitioner, framework).confirmed_level.confirmation == first


def test_the_database_holds_one_live_confirmation_per_level(
    framework, practitioner, team_leader, statements_a
):
    from django.db import IntegrityError, transaction

    level_a = framework.levels.get(code="A")
    meet(practitioner, team_leader, statements_a)
    level_confirm(subject=practitioner, level=level_a, confirmed_by=team_leader)
    with pytest.raises(IntegrityError), transaction.atomic():
        LevelConfirmation.objects.create(
            subject=practitioner, level=level_a, confirmed_by=team_leader
        )


def test_a_level_flagged_for_review_can_be_confirmed_again(
    framework, practitioner, team_leader, statements_a
):
    level_a = framework.levels.get(code="A")
    meet(practitioner, team_leader, statements_a)
    level_confirm(subject=practitioner, level=level_a, confirmed_by=team_leader)
    meet(practitioner, team_leader, statements_a[2:3], Outcome.NOT_YET_MET, "Not shown")
    meet(practitioner, team_leader, statements_a[2:3])
    again = level_confirm(subject=practitioner, level=level_a, confirmed_by=team_leader)
    assert LevelConfirmation.objects.filter(subject=practitioner).count() == 2
    assert progression_for(practitioner, framework).confirmed_level.confirmation == again


# Review comments are plain text (issue 13, finding 10) ---------------------------------------


def test_review_comments_are_kept_as_typed_and_escaped_when_shown(
    client, framework, practitioner, team_leader, statements_a
):
    from django.urls import reverse

    typed = 'See <a href="https://evil.example">this</a> & "that"'
    meet(practitioner, team_leader, statements_a[:1], comment=typed)
    assert Decision.objects.get(subject=practitioner).comment == typed
    client.force_login(practitioner)
    body = client.get(reverse("assessments:my-progression")).content.decode()
    assert '<a href="https://evil.example">' not in body
    assert "See &lt;a href=&quot;https://evil.example&quot;&gt;this&lt;/a&gt; &amp;" in body


def test_progression_page_shows_each_statement_with_its_evidence_and_comment(
    client, framework, practitioner, team_leader, statements_a
):
    evidence = submit(practitioner, statements_a[:2], title="Mapping <b>with</b> the family")
    meet(practitioner, team_leader, statements_a[:1], Outcome.NOT_YET_MET, "Say more.\n<i>Why</i>?")
    client.force_login(practitioner)

    page = client.get("/progression/").content.decode()

    met_not, pending = statements_a[0], statements_a[1]
    link = f'<a href="/evidence/{evidence.pk}/">Mapping &lt;b&gt;with&lt;/b&gt; the family</a>'
    assert page.count(link) == 3  # under both statements, and in the evidence table
    assert f'{met_not.text} <span class="secondary-text">{met_not.code}</span>' in page
    assert '<strong class="tag tag--red">Not yet met</strong>' in page
    assert '<strong class="tag tag--yellow">Evidence awaiting review</strong>' in page
    assert f"Not yet met — {team_leader.name}, " in page
    assert "Say more.<br>&lt;i&gt;Why&lt;/i&gt;?" in page
    assert "<i>Why</i>" not in page and "<b>with</b>" not in page
    assert pending.code in page

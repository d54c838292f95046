"""Every free-text field staff and volunteers write passes the identifier guard, with the
refuse-or-confirm flow observations have (issue 13, finding 0): evidence, reflections, CPD,
mentoring sessions and recommendations, learning plans and review comments."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from assessments.enums import Outcome
from assessments.models import Decision, Evidence, LearningPlan, Statement
from content.models import LessonPage
from learning import services as learning_services
from learning.models import CPDEntry, Reflection
from mentoring.models import MentoringSession
from tests.factories import build_module
from tests.mentoring.factories import mentoring

FAMILY = (
    "Jayden Smith (DOB 03/04/2015) at 14 Acacia Road, Chatham ME4 4TR, 07700 900123, "
    "NHS number 943 476 5919"
)
WARNING = "Check for details that could identify the family"


def fingerprint(body: str) -> str:
    return re.search(r'name="identifiers_fingerprint" value="([0-9a-f]+)"', body).group(1)


def refused_then_confirmed(client, url: str, data: dict, saved) -> None:
    """Refused with the matches shown and nothing kept; saved once confirmed."""
    response = client.post(url, data)
    body = response.content.decode()
    assert response.status_code == 200
    assert WARNING in body
    assert "Jayden Smith" in body  # shown back, highlighted, for the author to remove
    assert not saved()
    confirmed = {
        **data,
        "identifiers_confirmed": "on",
        "identifiers_fingerprint": fingerprint(body),
    }
    assert client.post(url, confirmed).status_code == 302
    assert saved()


@pytest.fixture
def statement(db):
    return Statement.objects.filter(domain__level__framework__status="published").first()


def test_evidence(client, practitioner, statement):
    client.force_login(practitioner)
    data = {
        "kind": "reflective_account",
        "title": "Preparing a family",
        "description": FAMILY,
        "occurred_on": "2026-01-05",
        "statements": [statement.pk],
    }
    refused_then_confirmed(
        client,
        reverse("assessments:evidence-add"),
        data,
        lambda: Evidence.objects.filter(owner=practitioner).exists(),
    )


def test_evidence_naming_colleagues_is_not_a_false_alarm(
    client, practitioner, team_leader, statement
):
    client.force_login(practitioner)
    response = client.post(
        reverse("assessments:evidence-add"),
        {
            "kind": "reflective_account",
            "title": "Co-facilitated with Tess Leader",
            "description": f"{team_leader.name} and I met Mum and the family before the "
            "Family Network Meeting.",
            "occurred_on": "2026-01-05",
            "statements": [statement.pk],
        },
    )
    assert response.status_code == 302
    assert Evidence.objects.filter(owner=practitioner).exists()


def test_cpd_entry(client, practitioner):
    client.force_login(practitioner)
    data = {
        "title": "Supervision",
        "activity_type": "supervision",
        "activity_date": "2026-10-02",
        "hours": "1",
        "learning": FAMILY,
    }
    refused_then_confirmed(
        client,
        reverse("learning:cpd-add"),
        data,
        lambda: CPDEntry.objects.filter(owner=practitioner).exists(),
    )


def test_mentoring_session(client, coordinator, expert):
    relationship = mentoring(coordinator, expert)
    client.force_login(coordinator)
    data = {
        "date": timezone.localdate().isoformat(),
        "duration_minutes": "45",
        "topics": "Preparing for a training day",
        "shared_notes": FAMILY,
    }
    refused_then_confirmed(
        client,
        reverse("mentoring:session-create", args=[relationship.pk]),
        data,
        lambda: MentoringSession.objects.filter(relationship=relationship).exists(),
    )


def test_reflection(client, practitioner):
    module = build_module()
    lesson = LessonPage.objects.child_of(module).order_by("path")[1]
    learning_services.enrolment_start(learner=practitioner, module=module)
    prompt = lesson.reflection_prompts()[0]
    client.force_login(practitioner)
    url = reverse("learning:reflection-save", args=[lesson.pk])
    refused_then_confirmed(
        client,
        url,
        {f"r-{prompt.id}": FAMILY},
        lambda: Reflection.objects.filter(learner=practitioner).exists(),
    )


def test_learning_plan_notes(client, team_leader, practitioner):
    framework = (
        Statement.objects.filter(domain__level__framework__status="published")
        .first()
        .domain.level.framework
    )
    level = framework.levels.order_by("order").last()
    client.force_login(team_leader)
    data = {
        "target_level": level.pk,
        "target_date": f"{timezone.localdate().year + 1}-03-31",
        "notes": FAMILY,
    }
    refused_then_confirmed(
        client,
        reverse("assessments:learning-plan-agree", args=[practitioner.pk, framework.pk]),
        data,
        lambda: LearningPlan.objects.filter(subject=practitioner).exists(),
    )


def _waiting_evidence(owner, statements):
    from assessments.services import evidence_submit

    return evidence_submit(
        owner=owner,
        kind="supervision_note",
        title="Supervision note",
        occurred_on=timezone.localdate(),
        statements=statements,
    )


def test_review_comment(client, team_leader, practitioner, statement):
    evidence = _waiting_evidence(practitioner, [statement])
    client.force_login(team_leader)
    data = {"outcome": Outcome.NOT_YET_MET, "comment": FAMILY}
    refused_then_confirmed(
        client,
        reverse("assessments:review-evidence", args=[evidence.pk]),
        data,
        lambda: Decision.objects.filter(subject=practitioner).exists(),
    )


def test_review_exception_comment(client, team_leader, practitioner):
    first, second = Statement.objects.filter(domain__level__framework__status="published")[:2]
    evidence = _waiting_evidence(practitioner, [first, second])
    client.force_login(team_leader)
    data = {
        "outcome": Outcome.MET,
        f"outcome_{second.pk}": Outcome.NOT_YET_MET,
        f"comment_{second.pk}": FAMILY,
    }
    refused_then_confirmed(
        client,
        reverse("assessments:review-evidence", args=[evidence.pk]),
        data,
        lambda: Decision.objects.filter(subject=practitioner).exists(),
    )


def test_return_for_changes_reason(client, team_leader, practitioner, statement):
    from assessments.models import EvidenceReturn

    evidence = _waiting_evidence(practitioner, [statement])
    client.force_login(team_leader)
    refused_then_confirmed(
        client,
        reverse("assessments:review-evidence", args=[evidence.pk]),
        {"outcome": "return", "comment": FAMILY},
        lambda: EvidenceReturn.objects.filter(evidence=evidence).exists(),
    )


def test_level_confirmation_comment(client, team_leader, practitioner):
    from assessments.models import Framework, LevelConfirmation
    from assessments.services import DecisionInput, decisions_record

    framework = Framework.objects.get(code="FGCC", status="published")
    level_a = framework.levels.get(code="A")
    statements = Statement.objects.filter(domain__level=level_a)
    decisions_record(
        subject=practitioner,
        decided_by=team_leader,
        decisions=[DecisionInput(s, Outcome.MET, "") for s in statements],
    )
    client.force_login(team_leader)
    refused_then_confirmed(
        client,
        reverse("assessments:level-confirm", args=[practitioner.pk, level_a.pk]),
        {"confirmed_on": timezone.localdate().isoformat(), "comment": FAMILY},
        lambda: LevelConfirmation.objects.filter(subject=practitioner).exists(),
    )

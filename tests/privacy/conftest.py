"""A practitioner with a record of every kind, built through the services, and the people
around them: the data a subject access download and the retention schedule work on."""

import datetime
from dataclasses import dataclass

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from assessments.enums import Outcome
from assessments.models import Evidence, Framework, Level, Statement
from assessments.services import (
    DecisionInput,
    decisions_record,
    evidence_submit,
    learning_plan_agree,
    level_confirm,
)
from content.models import LessonPage
from learning import services as learning
from learning.cpd import cpd_entry_add
from learning.enums import CPDActivityType
from observations import services as observing
from observations import templates
from observations.enums import MeetingType, ObservationStatus
from observations.models import Observation
from people.services import api_token_create
from tests.factories import UserFactory, build_module
from tests.observations.conftest import CRITERIA, observation_at, save, start

DECISION_COMMENT = "Seen twice in supervision, clearly met."
ADDENDUM = "Addendum from the team leader after sign-off."
REFLECTION = "I will ask the family who else matters to the child."
CPD_LEARNING = "How to hold private family time open for longer."
PLAN_NOTES = "Focus on preparation visits this quarter."
DRAFT_TEXT = "Unshared draft words only the observer has read."
OTHER_EVIDENCE = "Olu's own supervision note"
EVIDENCE_FILE = b"%PDF-1.4 certificate of attendance"


@pytest.fixture
def admin(db):
    user = UserFactory(display_name="Ada Admin")
    user.is_superuser = True
    user.save()
    return user


@pytest.fixture
def template(db):
    return templates.template_create(
        code="fgc-privacy",
        name="FGC observation",
        meeting_types=[MeetingType.FGC],
        criteria=CRITERIA,
        publish=True,
    )


@dataclass
class Records:
    evidence: Evidence
    observation: Observation
    draft: Observation
    module_title: str


def _statements(code: str) -> list[Statement]:
    framework = Framework.objects.get(code="FGCC", status="published")
    return list(
        Statement.objects.filter(domain__level__framework=framework, domain__level__code=code)
    )


def _learning(practitioner) -> str:
    module = build_module(title="Private family time")
    lesson = LessonPage.objects.child_of(module).order_by("path")[1]
    learning.enrolment_start(learner=practitioner, module=module)
    prompt = lesson.reflection_prompts()[0]
    learning.reflection_save(learner=practitioner, lesson=lesson, answers={prompt.id: REFLECTION})
    cpd_entry_add(
        owner=practitioner,
        title="Shadowing a conference",
        activity_type=CPDActivityType.SHADOWING,
        activity_date=datetime.date(2026, 1, 20),
        hours=3,
        learning=CPD_LEARNING,
    )
    return module.title


def _progression(practitioner, team_leader) -> Evidence:
    level_a = _statements("A")
    upload = SimpleUploadedFile("attendance.pdf", EVIDENCE_FILE, content_type="application/pdf")
    evidence = evidence_submit(
        owner=practitioner,
        kind="training",
        title="Conference skills day",
        description="Two days on chairing the information-sharing stage.",
        occurred_on=datetime.date(2026, 1, 10),
        statements=level_a,
        file=upload,
    )
    decisions_record(
        subject=practitioner,
        decided_by=team_leader,
        decisions=[DecisionInput(s, Outcome.MET, DECISION_COMMENT) for s in level_a],
    )
    level = Level.objects.get(framework__code="FGCC", framework__status="published", code="A")
    level_confirm(subject=practitioner, level=level, confirmed_by=team_leader)
    level_b = Level.objects.get(framework__code="FGCC", framework__status="published", code="B")
    learning_plan_agree(
        subject=practitioner,
        target_level=level_b,
        target_date=timezone.localdate() + datetime.timedelta(days=200),
        agreed_by=team_leader,
        notes=PLAN_NOTES,
    )
    return evidence


@pytest.fixture
def records(practitioner, coordinator, team_leader, other_practitioner, template):
    """Priya's records of every kind, and records of others that must stay out of hers."""
    evidence = _progression(practitioner, team_leader)
    observation = observation_at(
        ObservationStatus.SIGNED_OFF, coordinator, practitioner, template, team_leader
    )
    observing.addendum_add(observation=observation, by=team_leader, text=ADDENDUM)
    draft = start(coordinator, practitioner, template, observed_on=datetime.date(2026, 2, 2))
    save(draft, None, strengths=DRAFT_TEXT)
    api_token_create(user=practitioner, name="Power BI report")
    module_title = _learning(practitioner)
    evidence_submit(
        owner=other_practitioner,
        kind="supervision_note",
        title=OTHER_EVIDENCE,
        occurred_on=datetime.date(2026, 1, 11),
        statements=_statements("A")[:1],
    )
    return Records(
        evidence=evidence, observation=observation, draft=draft, module_title=module_title
    )

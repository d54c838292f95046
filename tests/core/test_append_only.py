"""Decisions, observation transitions and addenda: added, never changed, never removed."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from assessments.enums import Outcome
from assessments.models import Decision, Framework, Statement
from assessments.services import DecisionInput, decisions_record, evidence_submit
from core.models import AppendOnlyError
from observations import services
from observations.enums import MeetingType, ObservationStatus
from observations.models import Addendum, Observation, ObservationTransition
from observations.templates import template_create
from tests.observations.conftest import CRITERIA, observation_at, start

pytestmark = pytest.mark.django_db


@pytest.fixture
def statements(db):
    framework = Framework.objects.get(code="FGCC", status="published")
    return list(Statement.objects.filter(domain__level__framework=framework)[:2])


@pytest.fixture
def decisions(practitioner, team_leader, statements):
    evidence_submit(
        owner=practitioner,
        kind="training",
        title="Conference skills day",
        occurred_on=datetime.date(2026, 1, 10),
        statements=statements,
    )
    return decisions_record(
        subject=practitioner,
        decided_by=team_leader,
        decisions=[DecisionInput(s, Outcome.MET, "Seen in practice") for s in statements],
    )


@pytest.fixture
def template(db):
    return template_create(
        code="fgc-append",
        name="FGC observation",
        meeting_types=[MeetingType.FGC],
        criteria=CRITERIA,
        publish=True,
    )


@pytest.fixture
def signed_off(coordinator, practitioner, team_leader, template):
    observation = observation_at(
        ObservationStatus.SIGNED_OFF, coordinator, practitioner, template, team_leader
    )
    services.addendum_add(observation=observation, by=practitioner, text="A later note.")
    return observation


def rows(model):
    return list(model.objects.order_by("pk").values())


def test_services_add_rows(decisions, signed_off, practitioner):
    assert [d.outcome for d in decisions] == [Outcome.MET, Outcome.MET]
    assert Decision.objects.filter(subject=practitioner).count() == 2
    assert signed_off.transitions.count() == 4
    assert signed_off.addenda.get().text == "<p>A later note.</p>"


def test_a_plain_bulk_insert_is_allowed(practitioner, team_leader, statements):
    Decision.objects.bulk_create(
        [
            Decision(
                subject=practitioner,
                statement=statements[0],
                outcome=Outcome.MET,
                decided_by=team_leader,
            )
        ]
    )
    assert Decision.objects.filter(subject=practitioner).count() == 1


DECISION_WRITES = {
    "queryset update": lambda ds: Decision.objects.filter(pk=ds[0].pk).update(comment="Edited"),
    "queryset delete": lambda ds: Decision.objects.all().delete(),
    "bulk update": lambda ds: Decision.objects.bulk_update(ds, ["comment"]),
    "update or create": lambda ds: Decision.objects.update_or_create(
        pk=ds[0].pk, defaults={"outcome": Outcome.NOT_YET_MET}
    ),
    "upsert": lambda ds: Decision.objects.bulk_create(
        [ds[0]], update_conflicts=True, unique_fields=["id"], update_fields=["outcome"]
    ),
    "related manager update": lambda ds: ds[0].subject.decisions.update(comment="Edited"),
    "related manager delete": lambda ds: ds[0].statement.decisions.all().delete(),
    "evidence's decisions delete": lambda ds: ds[0].evidence.get().decisions.all().delete(),
    "instance save": lambda ds: ds[0].save(),
    "instance delete": lambda ds: ds[0].delete(),
}


@pytest.mark.parametrize("write", DECISION_WRITES.values(), ids=DECISION_WRITES.keys())
def test_decisions_refuse_every_change_and_removal(decisions, write):
    before = rows(Decision)
    decisions[0].comment = "Edited"
    with pytest.raises(AppendOnlyError, match="record a new decision instead"):
        write(decisions)
    assert rows(Decision) == before


TRANSITION_WRITES = {
    "queryset update": lambda o: ObservationTransition.objects.update(to_status="draft"),
    "queryset delete": lambda o: ObservationTransition.objects.filter(observation=o).delete(),
    "bulk update": lambda o: ObservationTransition.objects.bulk_update(
        list(o.transitions.all()), ["to_status"]
    ),
    "related manager update": lambda o: o.transitions.update(by=o.observer),
    "related manager delete": lambda o: o.transitions.all().delete(),
    "instance save": lambda o: o.transitions.last().save(),
    "instance delete": lambda o: o.transitions.first().delete(),
}


@pytest.mark.parametrize("write", TRANSITION_WRITES.values(), ids=TRANSITION_WRITES.keys())
def test_transitions_refuse_every_change_and_removal(signed_off, write):
    before = rows(ObservationTransition)
    refusal = r"Observation transitions are (never changed|kept)\."
    with pytest.raises(AppendOnlyError, match=refusal):
        write(signed_off)
    assert rows(ObservationTransition) == before


ADDENDUM_WRITES = {
    "queryset update": lambda o: Addendum.objects.update(text="<p>Rewritten.</p>"),
    "queryset delete": lambda o: Addendum.objects.all().delete(),
    "related manager update": lambda o: o.addenda.update(text="<p>Rewritten.</p>"),
    "related manager delete": lambda o: o.addenda.all().delete(),
    "update or create": lambda o: Addendum.objects.update_or_create(
        pk=o.addenda.get().pk, defaults={"text": "<p>Rewritten.</p>"}
    ),
    "instance save": lambda o: o.addenda.get().save(),
    "instance delete": lambda o: o.addenda.get().delete(),
}


@pytest.mark.parametrize("write", ADDENDUM_WRITES.values(), ids=ADDENDUM_WRITES.keys())
def test_addenda_refuse_every_change_and_removal(signed_off, write):
    before = rows(Addendum)
    with pytest.raises(AppendOnlyError, match="add another addendum instead"):
        write(signed_off)
    assert rows(Addendum) == before


def test_the_refusal_is_a_validation_error_that_says_what_to_do(decisions):
    with pytest.raises(ValidationError) as refused:
        Decision.objects.all().delete()
    assert refused.value.messages == ["Decisions are kept: record a new decision instead."]


def test_a_deleted_draft_takes_its_one_transition_with_it(coordinator, practitioner, template):
    """The only way a transition goes: with a draft, which was never shared."""
    draft = start(coordinator, practitioner, template)
    assert draft.transitions.count() == 1
    services.observation_delete(observation=draft, by=coordinator)
    assert not Observation.objects.filter(pk=draft.pk).exists()
    assert not ObservationTransition.objects.filter(observation_id=draft.pk).exists()


def test_a_shared_observation_cannot_be_deleted_in_bulk_either(coordinator, practitioner, template):
    shared = observation_at(ObservationStatus.SHARED, coordinator, practitioner, template)
    draft = start(coordinator, practitioner, template)
    before = rows(ObservationTransition)
    with pytest.raises(ValidationError, match="Only a draft observation can be deleted"):
        Observation.objects.filter(pk__in=[shared.pk, draft.pk]).delete()
    assert Observation.objects.filter(pk__in=[shared.pk, draft.pk]).count() == 2
    assert rows(ObservationTransition) == before
    Observation.objects.filter(pk=draft.pk).delete()
    assert not Observation.objects.filter(pk=draft.pk).exists()

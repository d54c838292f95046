"""Service-wide data for the reporting tests, made through the product's own services."""

import datetime
import random
from dataclasses import dataclass

from django.utils import timezone

from assessments.models import Evidence, LevelConfirmation, Statement
from assessments.services import DecisionInput, decisions_record, evidence_submit, level_confirm
from learning.models import Assignment, ModuleCompletion
from learning.services import assignment_create
from observations.enums import MeetingType, ObservationStatus
from observations.templates import template_create
from people.enums import Role
from tests.factories import TeamFactory, build_module, member
from tests.observations.conftest import CRITERIA, observation_at

TODAY = timezone.localdate()


@dataclass
class _Service:
    """What every team in a built service shares."""

    rng: random.Random
    statements_a: list
    modules: list
    template: object


def _person_records(service: _Service, person, leader, *, decide: bool) -> None:
    """Pending evidence; for every other person a met Level A; an assignment, maybe late;
    maybe a completion. Dates are spread with the shared random source."""
    rng, statements_a, modules = service.rng, service.statements_a, service.modules
    evidence = evidence_submit(
        owner=person,
        kind="training",
        title="Training",
        occurred_on=TODAY,
        statements=statements_a[:2],
    )
    Evidence.objects.filter(pk=evidence.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(days=rng.randint(0, 40))
    )
    if decide:
        decisions_record(
            subject=person,
            decided_by=leader,
            decisions=[DecisionInput(s, "met") for s in statements_a],
        )
        level_a = statements_a[0].domain.level
        confirmation = level_confirm(subject=person, level=level_a, confirmed_by=leader)
        LevelConfirmation.objects.filter(pk=confirmation.pk).update(
            confirmed_on=TODAY - datetime.timedelta(days=rng.randint(0, 700))
        )
    due = TODAY + datetime.timedelta(days=5)
    assignment_create(module=modules[0], learners=[person], due_date=due, assigned_by=leader)
    if rng.random() < 0.5:
        Assignment.objects.filter(learner=person).update(
            due_date=TODAY - datetime.timedelta(days=3)
        )
    if rng.random() < 0.6:
        completion = ModuleCompletion.objects.create(
            learner=person, module=modules[1], module_title=modules[1].title, cpd_hours=1
        )
        ModuleCompletion.objects.filter(pk=completion.pk).update(
            completed_at=timezone.now() - datetime.timedelta(days=rng.randint(0, 700))
        )


def _observations(service: _Service, coordinator, leader, people) -> None:
    """The coordinator observes each practitioner: responded, shared, draft in turn."""
    statuses = [ObservationStatus.RESPONDED, ObservationStatus.SHARED, ObservationStatus.DRAFT]
    for index, person in enumerate(people):
        observed_on = TODAY - datetime.timedelta(days=service.rng.randint(0, 600))
        observation_at(
            statuses[index % 3],
            coordinator,
            person,
            service.template,
            leader,
            observed_on=observed_on,
        )


def build_service(teams=3, people_per_team=4, seed=7):
    """Several teams, records spread over quarters, made through the services."""
    service = _Service(
        rng=random.Random(seed),  # noqa: S311 - test data, not security
        statements_a=list(
            Statement.objects.filter(
                domain__level__framework__code="FGCC", domain__level__code="A"
            ).order_by("pk")
        ),
        modules=[build_module(title=f"Module {seed}-{n}") for n in range(2)],
        template=template_create(
            code=f"fgc-{seed}",
            name="FGC observation",
            meeting_types=[MeetingType.FGC],
            criteria=CRITERIA,
            publish=True,
        ),
    )
    created = []
    for t in range(teams):
        team = TeamFactory(name=f"Team {seed}-{t}")
        leader = member(team, Role.TEAM_LEADER, display_name=f"Leader {t}")
        coordinator = member(team, Role.COORDINATOR, display_name=f"Coordinator {t}")
        people = [coordinator] + [
            member(team, Role.PRACTITIONER, display_name=f"P{t}-{i}")
            for i in range(people_per_team)
        ]
        for index, person in enumerate(people):
            _person_records(service, person, leader, decide=index % 2 == 0)
        _observations(service, coordinator, leader, people[1:])
        created.append((team, leader, coordinator, people))
    return created

"""Demo evidence, decisions and confirmations, so the matrix shows people at different levels.

Built with the product's services; idempotent (evidence by source key, decisions only for
people who have none yet). The words come from demo/data/progression.toml.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from assessments.enums import EvidenceKind, Outcome
from assessments.models import Decision, Framework, Level, Statement
from assessments.services import (
    DecisionInput,
    decisions_record,
    evidence_submit,
    learning_plan_agree,
    level_confirm,
)
from demo import loaders
from people.models import User

STATEMENTS_PER_ACCOUNT = 8


@dataclass(frozen=True)
class _Demo:
    """What every step needs: the coordinators' framework and the words to write."""

    framework: Framework
    texts: dict

    def statements(self, *levels: str, framework: Framework | None = None) -> list[Statement]:
        return list(
            Statement.objects.filter(
                domain__level__framework=framework or self.framework,
                domain__level__code__in=levels,
            ).order_by("domain__level__order", "domain__order", "order")
        )

    def level(self, code: str) -> Level:
        return self.framework.levels.get(code=code)


def _ago(days: int) -> date:
    """Demo confirmations spread over past quarters, so the service trends have a history."""
    return timezone.localdate() - timedelta(days=days)


def _evidence_for(
    demo: _Demo, person: User, statements: list[Statement], key: str, kind: str, title: str
) -> None:
    evidence_submit(
        owner=person,
        kind=kind,
        title=title,
        description=demo.texts["evidence_description"],
        occurred_on=timezone.localdate() - timedelta(days=30),
        statements=statements,
        source_key=f"demo:{key}",
    )


def _titled_evidence(demo: _Demo, person: User, statements: list, key: str, kind: str) -> None:
    """Evidence waiting for review, titled in the data file under its key."""
    _evidence_for(demo, person, statements, key, kind, demo.texts["evidence_titles"][key])


def _meet_all(demo: _Demo, person: User, leader: User, statements: list, key: str) -> None:
    for start in range(0, len(statements), STATEMENTS_PER_ACCOUNT):
        number = start // STATEMENTS_PER_ACCOUNT + 1
        _evidence_for(
            demo,
            person,
            statements[start : start + STATEMENTS_PER_ACCOUNT],
            f"{key}-{start}",
            EvidenceKind.REFLECTIVE_ACCOUNT,
            demo.texts["reflective_account_title"].format(number=number),
        )
    comment = demo.texts["met_comment"]
    decisions_record(
        subject=person,
        decided_by=leader,
        decisions=[DecisionInput(s, Outcome.MET, comment) for s in statements],
    )


def _sam(demo: _Demo, sam: User, leader: User) -> None:
    """Levels A and B met; A confirmed, B reached and waiting for confirmation."""
    _meet_all(demo, sam, leader, demo.statements("A", "B"), "sam-ab")
    level_confirm(subject=sam, level=demo.level("A"), confirmed_by=leader, confirmed_on=_ago(300))


def _priya(demo: _Demo, priya: User, leader: User) -> None:
    """Level A confirmed, half of B met, working to a plan for the rest."""
    _meet_all(demo, priya, leader, demo.statements("A"), "priya-a")
    level_confirm(subject=priya, level=demo.level("A"), confirmed_by=leader, confirmed_on=_ago(150))
    _meet_all(demo, priya, leader, demo.statements("B")[:14], "priya-b")
    learning_plan_agree(
        subject=priya,
        target_level=demo.level("B"),
        target_date=date(timezone.localdate().year + 1, 3, 31),
        agreed_by=leader,
        notes=demo.texts["learning_plan_notes"],
    )


def _nia(demo: _Demo, nia: User, leader: User) -> None:
    """Level A confirmed, then a "met" withdrawn, so the confirmation needs review."""
    statements = demo.statements("A")
    _meet_all(demo, nia, leader, statements, "nia-a")
    level_confirm(subject=nia, level=demo.level("A"), confirmed_by=leader, confirmed_on=_ago(420))
    decisions_record(
        subject=nia,
        decided_by=leader,
        decisions=[
            DecisionInput(statements[0], Outcome.NOT_YET_MET, demo.texts["not_yet_met_comment"])
        ],
    )


def _once(demo: _Demo, person: User, leader: User, seed: Callable) -> None:
    """Decisions are append-only: a person who has any is left as they are."""
    if not Decision.objects.filter(subject=person).exists():
        seed(demo, person, leader)


@transaction.atomic
def seed_progression(users: dict[str, User]) -> None:
    demo = _Demo(
        framework=Framework.objects.get(code="FGCC", status="published"),
        texts=loaders.progression_texts(),
    )
    north_leader, south_leader = users["teamleader"], users["teamleader2"]
    _once(demo, users["coordinator"], north_leader, _sam)
    _once(demo, users["practitioner"], north_leader, _priya)
    # Some of Priya's evidence is waiting for review.
    _titled_evidence(
        demo,
        users["practitioner"],
        demo.statements("B")[14:17],
        "priya-pending",
        EvidenceKind.TRAINING,
    )
    _once(demo, users["coordinator2"], south_leader, _nia)
    # Dev is just starting; evidence waiting for review.
    _titled_evidence(
        demo,
        users["practitioner2"],
        demo.statements("A")[:3],
        "dev-start",
        EvidenceKind.QUALIFICATION,
    )
    # Tess (team leader): evidence on the team leader framework, waiting for review.
    leader_framework = Framework.objects.get(code="FGCTL", status="published")
    _titled_evidence(
        demo,
        north_leader,
        demo.statements("A", framework=leader_framework)[:4],
        "tess-start",
        EvidenceKind.SUPERVISION_NOTE,
    )

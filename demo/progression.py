"""Demo evidence, decisions and confirmations, so the matrix shows people at different levels.

Built with the product's services, each step on its own day over the dashboards' 8 quarters
(demo/timeline.py), so the trends and "oldest waiting" figures have a history. Idempotent
(evidence by source key, decisions only for people who have none yet). The words come from
demo/data/progression.toml.
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
from demo.timeline import Calendar, on
from people.models import User

STATEMENTS_PER_ACCOUNT = 8
# Days between writing the accounts and the team leader's decisions on them.
REVIEW_DAYS = 14


@dataclass(frozen=True)
class _Demo:
    """What every step needs: the coordinators' framework, the words and the calendar."""

    framework: Framework
    texts: dict
    calendar: Calendar

    def statements(self, *levels: str, framework: Framework | None = None) -> list[Statement]:
        return list(
            Statement.objects.filter(
                domain__level__framework=framework or self.framework,
                domain__level__code__in=levels,
            ).order_by("domain__level__order", "domain__order", "order")
        )

    def level(self, code: str) -> Level:
        return self.framework.levels.get(code=code)


def _evidence_for(
    demo: _Demo, person: User, statements: list[Statement], key: str, kind: str, title: str
) -> None:
    """Evidence of something done a month before it is submitted (today, or `on` a day)."""
    evidence_submit(
        owner=person,
        kind=kind,
        title=title,
        description=demo.texts["evidence_description"],
        occurred_on=timezone.localdate() - timedelta(days=30),
        statements=statements,
        source_key=f"demo:{key}",
    )


def _titled_evidence(
    demo: _Demo, person: User, statements: list, key: str, kind: str, day: date
) -> None:
    """Evidence waiting for review since `day`, titled in the data file under its key."""
    with on(day):
        _evidence_for(demo, person, statements, key, kind, demo.texts["evidence_titles"][key])


def _meet_all(
    demo: _Demo, person: User, leader: User, statements: list, key: str, day: date
) -> None:
    """Reflective accounts submitted on `day`, all decided "met" a fortnight later."""
    with on(day):
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
    with on(demo.calendar.after(day, REVIEW_DAYS)):
        decisions_record(
            subject=person,
            decided_by=leader,
            decisions=[DecisionInput(s, Outcome.MET, comment) for s in statements],
        )


def _confirm(demo: _Demo, person: User, leader: User, code: str, day: date) -> None:
    with on(day):
        level_confirm(subject=person, level=demo.level(code), confirmed_by=leader, confirmed_on=day)


def _sam(demo: _Demo, sam: User, leader: User) -> None:
    """Levels A and B met; A confirmed, B reached and waiting for confirmation."""
    when = demo.calendar.quarter
    _meet_all(demo, sam, leader, demo.statements("A"), "sam-ab", when(7, 10))
    _confirm(demo, sam, leader, "A", when(6, 20))
    _meet_all(demo, sam, leader, demo.statements("B"), "sam-b", when(5, 30))


def _priya(demo: _Demo, priya: User, leader: User) -> None:
    """Level A confirmed, half of B met, working to a plan for the rest."""
    when = demo.calendar.quarter
    _meet_all(demo, priya, leader, demo.statements("A"), "priya-a", when(5, 15))
    _confirm(demo, priya, leader, "A", when(3, 40))
    _meet_all(demo, priya, leader, demo.statements("B")[:14], "priya-b", when(2, 10))
    with on(when(2, 30)):
        learning_plan_agree(
            subject=priya,
            target_level=demo.level("B"),
            target_date=date(demo.calendar.today.year + 1, 3, 31),
            agreed_by=leader,
            notes=demo.texts["learning_plan_notes"],
        )


def _nia(demo: _Demo, nia: User, leader: User) -> None:
    """Level A confirmed, then a "met" withdrawn, so the confirmation needs review."""
    when = demo.calendar.quarter
    statements = demo.statements("A")
    _meet_all(demo, nia, leader, statements, "nia-a", when(6, 50))
    _confirm(demo, nia, leader, "A", when(4, 25))
    with on(when(1, 20)):
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


def _demo() -> _Demo:
    return _Demo(
        framework=Framework.objects.get(code="FGCC", status="published"),
        texts=loaders.progression_texts(),
        calendar=Calendar.now(),
    )


@transaction.atomic
def seed_progression(users: dict[str, User]) -> None:
    """The history: accounts, decisions and confirmations over the last 8 quarters."""
    demo = _demo()
    north_leader, south_leader = users["teamleader"], users["teamleader2"]
    _once(demo, users["coordinator"], north_leader, _sam)
    _once(demo, users["practitioner"], north_leader, _priya)
    _once(demo, users["coordinator2"], south_leader, _nia)


@transaction.atomic
def seed_waiting_evidence(users: dict[str, User]) -> None:
    """Evidence still waiting for review, made after every other step so that none of the
    past reviews the other seeders record could have considered it."""
    demo = _demo()
    ago = demo.calendar.ago
    # Some of Priya's evidence is waiting for review.
    _titled_evidence(
        demo,
        users["practitioner"],
        demo.statements("B")[14:17],
        "priya-pending",
        EvidenceKind.TRAINING,
        ago(40),
    )
    # Dev is just starting; evidence waiting for review.
    _titled_evidence(
        demo,
        users["practitioner2"],
        demo.statements("A")[:3],
        "dev-start",
        EvidenceKind.QUALIFICATION,
        ago(20),
    )
    # Tess (team leader): evidence on the team leader framework, waiting for review.
    leader_framework = Framework.objects.get(code="FGCTL", status="published")
    _titled_evidence(
        demo,
        users["teamleader"],
        demo.statements("A", framework=leader_framework)[:4],
        "tess-start",
        EvidenceKind.SUPERVISION_NOTE,
        ago(60),
    )

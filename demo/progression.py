"""Demo evidence, decisions and confirmations, so the matrix shows people at different levels.

Built with the product's services; idempotent (evidence by source key, decisions only for
people who have none yet).
"""

from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from assessments.enums import EvidenceKind, Outcome
from assessments.models import Decision, Framework, Statement
from assessments.services import (
    DecisionInput,
    decisions_record,
    evidence_submit,
    learning_plan_agree,
    level_confirm,
)
from people.models import User

DESCRIPTION = (
    "<p>Supervision discussion and reflective notes on my practice over the last quarter, "
    "agreed with my team leader. No family details are recorded here.</p>"
)


def _ago(days: int) -> date:
    """Demo confirmations spread over past quarters, so the service trends have a history."""
    return timezone.localdate() - timedelta(days=days)


def _statements(framework: Framework, *levels: str) -> list[Statement]:
    return list(
        Statement.objects.filter(
            domain__level__framework=framework, domain__level__code__in=levels
        ).order_by("domain__level__order", "domain__order", "order")
    )


def _evidence_for(person: User, statements: list[Statement], key: str, kind: str, title: str):
    return evidence_submit(
        owner=person,
        kind=kind,
        title=title,
        description=DESCRIPTION,
        occurred_on=timezone.localdate() - timedelta(days=30),
        statements=statements,
        source_key=f"demo:{key}",
    )


def _meet_all(person: User, leader: User, statements: list[Statement], key: str) -> None:
    for start in range(0, len(statements), 8):
        chunk = statements[start : start + 8]
        _evidence_for(
            person,
            chunk,
            f"{key}-{start}",
            EvidenceKind.REFLECTIVE_ACCOUNT,
            f"Reflective account {start // 8 + 1}",
        )
    decisions_record(
        subject=person,
        decided_by=leader,
        decisions=[
            DecisionInput(s, Outcome.MET, "Clear evidence in practice and supervision.")
            for s in statements
        ],
    )


@transaction.atomic
def seed_progression(users: dict[str, User]) -> None:
    coordinator_fw = Framework.objects.get(code="FGCC", status="published")
    leader_fw = Framework.objects.get(code="FGCTL", status="published")
    north_leader, south_leader = users["teamleader"], users["teamleader2"]
    level_a = coordinator_fw.levels.get(code="A")
    level_b = coordinator_fw.levels.get(code="B")

    # Sam: Levels A and B met; A confirmed, B reached and waiting for confirmation.
    sam = users["coordinator"]
    if not Decision.objects.filter(subject=sam).exists():
        _meet_all(sam, north_leader, _statements(coordinator_fw, "A", "B"), "sam-ab")
        level_confirm(subject=sam, level=level_a, confirmed_by=north_leader, confirmed_on=_ago(300))

    # Priya: Level A confirmed, half of B met, some evidence waiting for review.
    priya = users["practitioner"]
    if not Decision.objects.filter(subject=priya).exists():
        _meet_all(priya, north_leader, _statements(coordinator_fw, "A"), "priya-a")
        level_confirm(
            subject=priya, level=level_a, confirmed_by=north_leader, confirmed_on=_ago(150)
        )
        level_b_statements = _statements(coordinator_fw, "B")
        _meet_all(priya, north_leader, level_b_statements[:14], "priya-b")
        learning_plan_agree(
            subject=priya,
            target_level=level_b,
            target_date=date(timezone.localdate().year + 1, 3, 31),
            agreed_by=north_leader,
            notes="Co-facilitate two complex conferences and complete advocacy training.",
        )
    _evidence_for(
        priya,
        _statements(coordinator_fw, "B")[14:17],
        "priya-pending",
        EvidenceKind.TRAINING,
        "Advocacy training day",
    )

    # Nia: Level A confirmed, then a "met" withdrawn, so the confirmation needs review.
    nia = users["coordinator2"]
    if not Decision.objects.filter(subject=nia).exists():
        statements = _statements(coordinator_fw, "A")
        _meet_all(nia, south_leader, statements, "nia-a")
        level_confirm(subject=nia, level=level_a, confirmed_by=south_leader, confirmed_on=_ago(420))
        decisions_record(
            subject=nia,
            decided_by=south_leader,
            decisions=[
                DecisionInput(
                    statements[0],
                    Outcome.NOT_YET_MET,
                    "The certificate shown was for a different qualification; "
                    "please add the right one.",
                )
            ],
        )

    # Dev: just starting; evidence waiting for review.
    _evidence_for(
        users["practitioner2"],
        _statements(coordinator_fw, "A")[:3],
        "dev-start",
        EvidenceKind.QUALIFICATION,
        "Qualification certificates",
    )

    # Tess (team leader): evidence on the team leader framework, waiting for review.
    _evidence_for(
        north_leader,
        _statements(leader_fw, "A")[:4],
        "tess-start",
        EvidenceKind.SUPERVISION_NOTE,
        "Supervision with the service manager",
    )

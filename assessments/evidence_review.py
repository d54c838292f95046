"""Writes for reviewing one piece of evidence (the services of the review page).

One decision covers every statement the evidence claims that is not met yet, with
exceptions statement by statement; statements already met stay met and the evidence is
filed against them. Or the evidence goes back to its owner for changes, with the reason.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from assessments.enums import EvidenceStatus, FrameworkStatus, Outcome
from assessments.models import Decision, Evidence, EvidenceReturn
from assessments.notifications import notify_evidence_returned
from assessments.review_queue import evidence_for_review
from assessments.services import (
    DecisionInput,
    file_evidence_for_met_statements,
    record_decisions,
)
from people import access
from people.models import User
from people.services import identifiers_check

ALREADY_DECIDED = "This evidence has already been decided on, returned or withdrawn."


def _decidable(evidence: Evidence, by: User) -> Evidence:
    """The evidence, locked, once `by` may decide on it and it still waits."""
    locked = Evidence.objects.select_for_update().get(pk=evidence.pk)
    if not access.can_decide_on(by, evidence.owner):
        raise PermissionDenied("You cannot decide on this person's evidence.")
    if locked.status != EvidenceStatus.PENDING:
        raise ValidationError(ALREADY_DECIDED)
    return locked


def _decision_inputs(
    item, outcome: str, comment: str, exceptions: dict[int, tuple[str, str]]
) -> list[DecisionInput]:
    inputs = []
    for statement in item.to_decide:
        own_outcome, own_comment = exceptions.get(statement.pk, ("", ""))
        chosen = own_outcome or outcome
        text = (own_comment or comment).strip()
        if chosen not in {Outcome.MET, Outcome.NOT_YET_MET}:
            raise ValidationError({"outcome": "Choose met, not yet met or return for changes"})
        if chosen == Outcome.NOT_YET_MET and not text:
            where = f"comment_{statement.pk}" if own_outcome else "comment"
            raise ValidationError(
                {where: f"Say what is still needed for {statement.code}, so they know what to do"}
            )
        if statement.domain.level.framework.status == FrameworkStatus.DRAFT:
            raise ValidationError("Decisions can only be made against a published framework.")
        inputs.append(DecisionInput(statement, chosen, text))
    return inputs


@transaction.atomic
def evidence_decide(
    *,
    evidence: Evidence,
    decided_by: User,
    outcome: str,
    comment: str = "",
    exceptions: dict[int, tuple[str, str]] | None = None,
    identifiers_confirmed: str = "",
) -> list[Decision]:
    """Decide on every not-yet-met statement `evidence` claims in one go: `outcome` and
    `comment` for all, except the statements in `exceptions` ({id: (outcome, comment)}).

    One append-only Decision per statement, all pointing at this evidence. The evidence is
    then reviewed, and other waiting evidence whose statements are now all met is filed.
    """
    _decidable(evidence, decided_by)
    item = evidence_for_review(evidence.pk)
    exceptions = exceptions or {}
    inputs = _decision_inputs(item, outcome, comment, exceptions)
    identifiers_check(
        {
            "comment": ("Comment", comment),
            **{
                f"comment_{s.pk}": (f"Comment on {s.code}", exceptions[s.pk][1])
                for s in item.to_decide
                if exceptions.get(s.pk, ("", ""))[1]
            },
        },
        confirmed=identifiers_confirmed,
    )
    recorded = record_decisions(
        item.evidence.owner,
        decided_by,
        inputs,
        {statement.pk: [item.evidence] for statement in item.to_decide},
    )
    status = EvidenceStatus.REVIEWED if inputs else EvidenceStatus.FILED
    Evidence.objects.filter(pk=evidence.pk).update(status=status)
    file_evidence_for_met_statements(item.evidence.owner)
    return recorded


@transaction.atomic
def evidence_return(
    *, evidence: Evidence, by: User, reason: str, identifiers_confirmed: str = ""
) -> EvidenceReturn:
    """Send evidence back to its owner to change (say, to take out a family's details) or
    withdraw, with the reason they will see. Changing it sends it back to the queue."""
    locked = _decidable(evidence, by)
    reason = reason.strip()
    if not reason:
        raise ValidationError({"comment": "Say what needs to change, so they know what to do"})
    identifiers_check({"comment": ("Reason", reason)}, confirmed=identifiers_confirmed)
    returned = EvidenceReturn(evidence=locked, returned_by=by, reason=reason)
    returned.full_clean()
    returned.save()
    Evidence.objects.filter(pk=locked.pk).update(status=EvidenceStatus.RETURNED)
    transaction.on_commit(lambda: notify_evidence_returned(locked.pk))
    return returned

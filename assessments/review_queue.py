"""Reads for reviewing evidence: the queue, a page of evidence items oldest first, and one
piece of evidence with the statements it claims split into those still to decide and those
already met (where it is filed). Bounded queries: none per row."""

from dataclasses import dataclass, field

from django.db.models import Prefetch, QuerySet

from assessments.enums import EvidenceStatus, Outcome
from assessments.models import Decision, Evidence, EvidenceReturn, Framework, Statement
from assessments.selectors import latest_decision_rows, review_queue
from people.models import User


@dataclass
class ReviewItem:
    """One piece of evidence to decide on, with its statements split by where they stand."""

    evidence: Evidence
    to_decide: list[Statement] = field(default_factory=list)
    already_met: list[tuple[Statement, Decision]] = field(default_factory=list)

    @property
    def frameworks(self) -> list[Framework]:
        seen: dict[int, Framework] = {}
        for statement in self.evidence.statements.all():
            framework = statement.domain.level.framework
            seen.setdefault(framework.pk, framework)
        return list(seen.values())


def _met_decisions(evidence_items: list[Evidence]) -> dict[tuple[int, int], Decision]:
    """The latest decision per (owner, statement) of these items, where it is "met".

    The latest outcome of every pair is read as plain values first (a page's owners and
    statements cross to thousands of pairs at a council's scale); only the met decisions
    the page shows are then loaded as objects, with who made them: two queries in all.
    """
    wanted = {(e.owner_id, s.pk) for e in evidence_items for s in e.statements.all()}
    if not wanted:
        return {}
    owners = {owner for owner, _ in wanted}
    statement_ids = {statement for _, statement in wanted}
    met_ids = [
        pk
        for pk, subject_id, statement_id, outcome in latest_decision_rows(
            owners, statement_ids
        ).values_list("pk", "subject_id", "statement_id", "outcome")
        if outcome == Outcome.MET and (subject_id, statement_id) in wanted
    ]
    met = Decision.objects.filter(pk__in=met_ids).select_related("decided_by")
    return {(d.subject_id, d.statement_id): d for d in met}


def review_items(evidence_items: list[Evidence]) -> list[ReviewItem]:
    """Split each item's statements (prefetched) by the owner's latest decisions."""
    met = _met_decisions(evidence_items)
    items = []
    for evidence in evidence_items:
        item = ReviewItem(evidence)
        for statement in evidence.statements.all():
            decision = met.get((evidence.owner_id, statement.pk))
            if decision is not None:
                item.already_met.append((statement, decision))
            else:
                item.to_decide.append(statement)
        items.append(item)
    return items


class ReviewQueue:
    """The evidence waiting for `viewer`, oldest first, a page at a time.

    Django's Paginator takes it as it takes a queryset (count() and slicing); only the
    page's evidence and its statements are loaded.
    """

    def __init__(self, viewer: User) -> None:
        self.pending = review_queue(viewer)

    def count(self) -> int:
        return self.pending.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index: slice) -> list[ReviewItem]:
        return review_items(list(self.pending[index]))


def _statements_in_order() -> QuerySet[Statement]:
    return Statement.objects.select_related("domain__level__framework").order_by(
        "domain__level__framework__name", "domain__level__order", "domain__order", "order"
    )


def evidence_for_review(evidence_id: int) -> ReviewItem:
    """One piece of evidence, its owner, statements and returns, ready for the decision
    page. Raises Evidence.DoesNotExist."""
    evidence = (
        Evidence.objects.select_related("owner")
        .prefetch_related(
            Prefetch("statements", queryset=_statements_in_order()),
            Prefetch("returns", queryset=EvidenceReturn.objects.select_related("returned_by")),
        )
        .get(pk=evidence_id)
    )
    return review_items([evidence])[0]


def pending_evidence_on(subject: User, framework: Framework) -> list[ReviewItem]:
    """`subject`'s evidence waiting on `framework`'s statements, oldest first."""
    evidence_items = (
        Evidence.objects.filter(
            owner=subject,
            status=EvidenceStatus.PENDING,
            statements__domain__level__framework=framework,
        )
        .distinct()
        .select_related("owner")
        .prefetch_related(Prefetch("statements", queryset=_statements_in_order()))
        .order_by("submitted_at", "pk")
    )
    return review_items(list(evidence_items))

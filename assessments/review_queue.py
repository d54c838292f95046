"""The review queue: pending evidence of the people a team leader decides on, grouped by
person and framework, oldest first, a page at a time."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Min

from assessments.models import Evidence, Framework
from assessments.selectors import review_queue
from people.models import User


@dataclass
class ReviewGroup:
    """One person's pending evidence on one framework: a line of the review queue."""

    person: User
    framework: Framework
    oldest: Evidence
    evidence: list[Evidence] = field(default_factory=list)


# What User.name reads: enough of a person to show their name in a list.
NAME_FIELDS = ("display_name", "first_name", "last_name", "username")


class ReviewQueue:
    """The review queue grouped by person and framework, oldest first, a page at a time.

    The database groups and orders the queue; only the page's evidence is loaded. Evidence
    claiming statements in two frameworks shows under both, once in each. Django's
    Paginator takes it as it takes a queryset (count() and slicing).
    """

    def __init__(self, viewer: User) -> None:
        self.pending = review_queue(viewer)
        self.groups = (
            Evidence.statements.through.objects.filter(evidence__in=self.pending.values("pk"))
            .values("evidence__owner_id", "statement__domain__level__framework_id")
            .annotate(oldest=Min("evidence__submitted_at"))
            .order_by("oldest", "evidence__owner_id", "statement__domain__level__framework_id")
        )

    def evidence_count(self) -> int:
        return self.pending.count()

    def count(self) -> int:
        return self.groups.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index: slice) -> list[ReviewGroup]:
        keys = [
            (row["evidence__owner_id"], row["statement__domain__level__framework_id"])
            for row in self.groups[index]
        ]
        links = (
            Evidence.statements.through.objects.filter(
                evidence__in=self.pending.filter(owner_id__in={o for o, _ in keys}).values("pk"),
                statement__domain__level__framework_id__in={f for _, f in keys},
            )
            .values_list("evidence_id", "statement__domain__level__framework_id")
            .distinct()
        )
        frameworks_of: dict[int, set[int]] = defaultdict(set)
        for evidence_id, framework_id in links:
            frameworks_of[evidence_id].add(framework_id)
        frameworks = Framework.objects.only("name").in_bulk({f for _, f in keys})
        evidence_items = (
            Evidence.objects.filter(pk__in=frameworks_of)
            .select_related("owner")
            .only("kind", "title", "submitted_at", *(f"owner__{f}" for f in NAME_FIELDS))
            .order_by("submitted_at", "pk")
        )
        groups: dict[tuple[int, int], ReviewGroup] = {}
        for evidence in evidence_items:
            for framework_id in sorted(frameworks_of[evidence.pk]):
                key = (evidence.owner_id, framework_id)
                if key in keys:
                    groups.setdefault(
                        key, ReviewGroup(evidence.owner, frameworks[framework_id], evidence)
                    ).evidence.append(evidence)
        return [groups[key] for key in keys if key in groups]

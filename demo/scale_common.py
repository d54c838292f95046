"""What every step of generate_scale_data shares: the sizes, the clock, the random source,
progress reporting and batched inserts.

The generator writes records in bulk, but each one is what the product's services would
have made (tests/demo/test_scale_data.py checks the same rules the service tests check).
"""

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from django.db import models
from django.utils import timezone

USERNAME_PREFIX = "scale-"
BATCH = 2000


@dataclass(frozen=True)
class Sizes:
    """How much to make. The defaults are a council-sized service."""

    people: int = 2000
    teams: int = 20
    lessons: int = 100_000
    evidence: int = 30_000
    observations: int = 10_000
    sessions: int = 2000
    quarters: int = 8


class Progress:
    """Reports how far generation has got: stages in turn, each a share of the whole."""

    def __init__(self, report: Callable[[float, str], None] | None = None) -> None:
        self._report = report or (lambda fraction, label: None)
        self._done = 0.0
        self._share = 0.0
        self._label = ""

    def stage(self, label: str, share: float) -> None:
        self._done += self._share
        self._share, self._label = share, label
        self._report(self._done, label)

    def within(self, fraction: float) -> None:
        self._report(self._done + self._share * min(fraction, 1.0), self._label)

    def finish(self) -> None:
        self._done, self._share = 1.0, 0.0
        self._report(1.0, "done")


@dataclass
class World:
    """The random source, the clock and the words: one per run, passed to every step."""

    rng: random.Random
    now: datetime
    quarters: int
    texts: dict
    progress: Progress = field(default_factory=Progress)

    @property
    def start(self) -> datetime:
        """The first day of the period the records spread over (whole quarters back)."""
        today = timezone.localdate(self.now)
        first = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        for _ in range(self.quarters - 1):
            before = first - timedelta(days=1)
            first = date(before.year, 3 * ((before.month - 1) // 3) + 1, 1)
        return timezone.make_aware(datetime(first.year, first.month, first.day, 9))

    def moment(self, after: datetime | None = None, before: datetime | None = None) -> datetime:
        """A random moment between two others (the whole period by default).

        Worked in UTC: a local time in summer plus a span reaching winter would land an hour
        late (Python adds to the wall clock), past `now` at the end of the period."""
        low = (after or self.start).astimezone(UTC)
        high = (before or self.now).astimezone(UTC)
        if high <= low:
            return low
        return low + timedelta(seconds=self.rng.uniform(0, (high - low).total_seconds()))

    def later(self, moment: datetime, low_days: float, high_days: float) -> datetime:
        return moment.astimezone(UTC) + timedelta(days=self.rng.uniform(low_days, high_days))

    def weighted(self, options: Sequence[tuple[object, float]]) -> object:
        values = [value for value, _ in options]
        weights = [weight for _, weight in options]
        return self.rng.choices(values, weights=weights)[0]


def local_day(moment: datetime) -> date:
    return timezone.localdate(moment)


def insert(
    model: type[models.Model],
    objects: list,
    world: World,
    *,
    start: float = 0.0,
    share: float = 1.0,
) -> list:
    """Bulk-insert in batches, reporting progress; the objects come back with their ids."""
    total = len(objects)
    for offset in range(0, total, BATCH):
        model.objects.bulk_create(objects[offset : offset + BATCH])
        world.progress.within(start + share * min(offset + BATCH, total) / max(total, 1))
    return objects


def spread(total: int, count: int, rng: random.Random, caps: list[int] | None = None) -> list[int]:
    """`total` split over `count` shares of uneven size, each within its cap if given."""
    if count <= 0:
        return []
    weights = [rng.uniform(0.4, 1.6) for _ in range(count)]
    scale = total / sum(weights)
    shares = [int(weight * scale) for weight in weights]
    if caps is not None:
        shares = [min(share, cap) for share, cap in zip(shares, caps, strict=True)]
    remaining = total - sum(shares)
    room = list(range(count))
    while remaining > 0 and room:
        still = []
        for index in room:
            if remaining == 0:
                break
            if caps is None or shares[index] < caps[index]:
                shares[index] += 1
                remaining -= 1
                still.append(index)
        room = still
    return shares


@dataclass
class EvidenceDraft:
    """Evidence as evidence_submit would make it, before the review step decides on it.

    `link` is the module completion or observation it comes from, which points back at the
    evidence once it exists.
    """

    owner_id: int
    kind: str
    title: str
    description: str
    occurred_on: date
    submitted_at: datetime
    statement_ids: list[int]
    source_key: str = ""
    link: models.Model | None = None
    evidence_id: int | None = None

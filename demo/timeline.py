"""The demo's calendar: days relative to today, spread over the dashboards' 8 quarters, and a
clock that runs the product's own services as of a past day.

The demo is seeded on any day, so no date is written down: each record is placed a number of
days into a quarter counted back from this one (or a number of days ago), never after today.
The same day gives the same dates, so running `seed_demo` twice in a day changes nothing.

The services stamp what they make with the time they run (evidence submitted, decisions,
completions, every observation transition), so the seeders call them inside `on(day)`, which
stops the clock at 10:00 that day. The records are then exactly what the services would have
made on that day, in the order they would have made them.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

# Moves the process clock to a past moment and holds it there, for everything that reads the
# time (Django's timezone.now, model defaults, the standard library): patching each reader by
# hand would miss some, and a demo record stamped "now" in a past quarter would lie.
import time_machine
from django.utils import timezone

from assessments.enums import EvidenceStatus, Outcome
from assessments.models import Evidence
from assessments.services import DecisionInput, decisions_record
from people.models import User
from reporting.selectors import previous_quarters

QUARTERS = 8
HOUR = 10


@dataclass(frozen=True)
class Calendar:
    """Today, and the first days of the quarters the dashboards chart, oldest first."""

    today: date
    starts: tuple[date, ...]

    @classmethod
    def now(cls) -> "Calendar":
        today = timezone.localdate()
        return cls(today, tuple(previous_quarters(QUARTERS + 1, today=today)))

    def quarter(self, back: int, day: int = 0) -> date:
        """Day `day` of the quarter `back` quarters before this one (0: this quarter)."""
        return min(self.starts[QUARTERS - back] + timedelta(days=day), self.today)

    def ago(self, days: int) -> date:
        return self.today - timedelta(days=days)

    def recent(self, days: int) -> date:
        """`days` ago, but within this quarter: what this quarter's charts must show."""
        return max(self.ago(days), self.starts[QUARTERS])

    def after(self, day: date, days: int) -> date:
        return min(day + timedelta(days=days), self.today)

    @property
    def before_the_charts(self) -> date:
        """A day in the quarter before the charted ones: the demo teams exist from then."""
        return self.starts[0]


@contextmanager
def on(day: date) -> Iterator[None]:
    """Run what is inside as if it were `day`, the clock standing still at 10:00."""
    if day >= timezone.localdate():
        yield
        return
    moment = timezone.make_aware(datetime.combine(day, time(HOUR)))
    with time_machine.travel(moment, tick=False):
        yield


def review(evidence: Evidence | None, leader: User, day: date, comment: str) -> None:
    """The leader decides every statement the evidence supports as met, on `day`, as the
    review page would: the evidence is then reviewed. Evidence already decided is left."""
    if evidence is None:
        return
    evidence.refresh_from_db()
    if evidence.status != EvidenceStatus.PENDING:
        return
    with on(day):
        decisions_record(
            subject=evidence.owner,
            decided_by=leader,
            decisions=[
                DecisionInput(statement, Outcome.MET, comment)
                for statement in evidence.statements.order_by("pk")
            ],
        )

"""generate_scale_data: a council-sized service, deterministic from a seed, for `make bench`.

People, learning, observations, evidence with its review, and mentoring, spread over the last
quarters. Records are inserted in bulk but are what the services would have made; the
steps live beside this module (demo/scale_*.py) and tests/demo/test_scale_data.py checks
the rules. It only runs on a database that holds no people it did not make, so it never
mixes invented records into a real service's.
"""

import math
import random
from datetime import datetime

from django.db import connection, transaction
from django.utils import timezone

from demo.scale_common import USERNAME_PREFIX, Progress, Sizes, World
from demo.scale_content import prepare_content
from demo.scale_learning import generate_learning
from demo.scale_mentoring import generate_mentoring
from demo.scale_observations import generate_observations
from demo.scale_people import generate_people
from demo.scale_progression import generate_progression
from demo.scale_texts import scale_texts
from people.models import User

__all__ = ["Progress", "ScaleDataRefused", "Sizes", "generate", "generated_people"]


class ScaleDataRefused(Exception):
    """The database holds people the generator did not make, or its data already."""


def generated_people() -> int:
    return User.objects.filter(username__startswith=USERNAME_PREFIX).count()


def check_database() -> None:
    """Refuse a database with anyone in it: a real service's, the demo's, or an earlier run."""
    others = User.objects.exclude(username__startswith=USERNAME_PREFIX).count()
    if others:
        raise ScaleDataRefused(
            f"This database holds {others} people generate_scale_data did not create: "
            "it only fills an empty, migrated database, never a real service's."
        )
    if generated_people():
        raise ScaleDataRefused(
            f"This database already holds generated data ({generated_people()} people). "
            "Use a fresh database for a different seed or size."
        )


def _lessons_wanted(sizes: Sizes) -> int:
    """Enough lessons that each learner does about half of them."""
    return math.ceil(2 * sizes.lessons / max(sizes.people, 1))


def generate(
    sizes: Sizes,
    *,
    seed: int = 1,
    progress: Progress | None = None,
    password: str = "",
    now: datetime | None = None,
) -> None:
    """Make the data set in one transaction: all of it, or (on any error) none of it.

    On PostgreSQL the tables are vacuumed and analysed afterwards, as autovacuum would leave
    them later: the planner knows their new sizes, and the visibility map lets it read the
    covering indexes alone (index-only scans) as it would on a service in use.
    """
    _generate(sizes, seed=seed, progress=progress, password=password, now=now)
    if connection.vendor == "postgresql" and not connection.in_atomic_block:
        with connection.cursor() as cursor:
            cursor.execute("VACUUM (ANALYZE)")


@transaction.atomic
def _generate(
    sizes: Sizes,
    *,
    seed: int,
    progress: Progress | None,
    password: str,
    now: datetime | None,
) -> None:
    check_database()
    world = World(
        rng=random.Random(seed),  # noqa: S311 - invented records, not secrets
        now=now or timezone.now(),
        quarters=sizes.quarters,
        texts=scale_texts(),
        progress=progress or Progress(),
    )
    world.progress.stage("pages", 0.08)
    catalogue = prepare_content(world, lessons_wanted=_lessons_wanted(sizes))
    world.progress.stage("people", 0.04)
    staffing = generate_people(world, people=sizes.people, teams=sizes.teams, password=password)
    world.progress.stage("learning", 0.3)
    learning = generate_learning(world, staffing, catalogue, lessons=sizes.lessons)
    world.progress.stage("observations", 0.13)
    observed = generate_observations(world, staffing, count=sizes.observations)
    world.progress.stage("evidence and decisions", 0.42)
    generate_progression(world, staffing, learning.evidence + observed, evidence=sizes.evidence)
    world.progress.stage("mentoring", 0.03)
    generate_mentoring(world, staffing, sessions=sizes.sessions)
    world.progress.finish()

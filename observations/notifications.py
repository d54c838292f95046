"""Who is told of each step of an observation, and what: a link and a line, never its text.

Each is sent once the transaction commits, so nothing goes out for a step rolled back.
"""

from django.db import transaction
from django.urls import reverse

from observations.models import Observation
from people import access
from people.models import User
from people.notifications import notify
from people.selectors import deciders_of


def observation_path(observation: Observation) -> str:
    return reverse("observations:observation-detail", args=[observation.pk])


def notify_shared(observation: Observation) -> None:
    """The observed person reads the observation and writes a response."""
    observer, observed = observation.observer, observation.observed
    path = observation_path(observation)
    transaction.on_commit(
        lambda: notify(
            [observed],
            subject="An observation of your practice has been shared with you",
            message=f"{observer.name} has shared their observation of your practice. "
            "Read it and add your response and reflection.",
            path=path,
        )
    )


def notify_responded(observation: Observation) -> None:
    """The observed person's team leaders who may sign it off."""
    observer, observed = observation.observer, observation.observed
    path = observation_path(observation)
    leaders = [leader for leader in deciders_of(observed) if access.can_sign_off(leader, observed)]
    transaction.on_commit(
        lambda: notify(
            leaders,
            subject="An observation is ready for your sign-off",
            message=f"{observed.name} has responded to {observer.name}'s observation "
            "of their practice. It is ready for you to read and sign off.",
            path=path,
        )
    )


def notify_signed_off(observation: Observation, by: User) -> None:
    """Both people in the observation learn it is signed off and locked."""
    observer, observed = observation.observer, observation.observed
    path = observation_path(observation)
    transaction.on_commit(
        lambda: notify(
            [observer, observed],
            subject="An observation has been signed off",
            message=f"{by.name} has signed off the observation {observer.name} made of "
            f"{observed.name}'s practice. It is now locked.",
            path=path,
        )
    )

"""What a signed-off observation becomes: peer observation evidence for its statements."""

from collections import Counter

from django.utils.html import escape

from assessments.enums import EvidenceKind
from assessments.models import Evidence, Statement
from assessments.services import evidence_submit
from observations.models import Observation
from observations.notifications import observation_path
from observations.templates import current_statements
from people.models import User


def _rating_summary(observation: Observation) -> str:
    labels = observation.template.rating_labels
    counts = Counter(row.rating for row in observation.ratings.all() if row.rating)
    return ", ".join(f"{labels[value]} {counts[value]}" for value in labels if counts.get(value))


def evidence_for_sign_off(observation: Observation, signed_off_by: User) -> Evidence | None:
    """Peer observation evidence for the statements of criteria rated developing or better.

    Created once (its source key), pending the normal review. It holds no family text:
    who observed, who signed off and the count of each rating, with a link back.
    """
    qualifying = observation.template.evidence_ratings
    statements = current_statements(
        list(
            Statement.objects.filter(
                observation_criteria__ratings__observation=observation,
                observation_criteria__ratings__rating__in=qualifying,
            )
            .select_related("domain__level__framework")
            .distinct()
        )
    )
    if not statements:
        return None
    meeting = observation.get_meeting_type_display()
    description = (
        f"<p>Peer observation by {escape(observation.observer.name)}, signed off by "
        f"{escape(signed_off_by.name)}. Ratings: {escape(_rating_summary(observation))}.</p>"
        f'<p><a href="{observation_path(observation)}">Read the observation</a></p>'
    )
    return evidence_submit(
        owner=observation.observed,
        kind=EvidenceKind.PEER_OBSERVATION,
        title=f"Peer observation: {meeting} on {observation.observed_on:%d %B %Y}"[:200],
        description=description,
        occurred_on=observation.observed_on,
        statements=statements,
        source_key=f"observation:{observation.pk}",
    )

"""What a signed-off observation becomes: evidence for the person observed, and for the
observer who carried it out and gave the feedback."""

from collections import Counter

from django.utils.html import escape

from assessments.enums import EvidenceKind, FrameworkStatus
from assessments.models import Evidence, Statement
from assessments.selectors import ROLES_FOR_FRAMEWORK
from assessments.services import evidence_submit
from observations.models import CriterionRating, Observation
from observations.notifications import observation_path
from observations.templates import current_statements
from people import access
from people.models import User

# The framework statements an observer shows by carrying out a peer observation that is
# signed off: "Experience of peer observation and feedback." (seed 002, FGC Coordinator,
# Level C). Statement codes stay the same across framework versions.
OBSERVER_STATEMENT_CODES = ("FGCC-C-E-06",)


def _seen_ratings(observation: Observation) -> list[CriterionRating]:
    """Ratings of criteria under the stages the observer saw; the others are not evidence."""
    seen = set(observation.stages_observed)
    return [
        row
        for row in observation.ratings.select_related("criterion")
        if row.rating and row.criterion.stage in seen
    ]


def _rating_summary(ratings: list[CriterionRating], labels: dict[str, str]) -> str:
    counts = Counter(row.rating for row in ratings)
    return ", ".join(f"{labels[value]} {counts[value]}" for value in labels if counts.get(value))


def evidence_for_sign_off(observation: Observation, signed_off_by: User) -> Evidence | None:
    """Peer observation evidence for the statements of criteria rated developing or better
    under a stage the observer saw.

    Created once (its source key), pending the normal review. It holds no family text:
    who observed, who signed off and the count of each rating, with a link back.
    """
    qualifying = observation.template.evidence_ratings
    statements = current_statements(
        list(
            Statement.objects.filter(
                observation_criteria__ratings__observation=observation,
                observation_criteria__ratings__rating__in=qualifying,
                observation_criteria__stage__in=list(observation.stages_observed),
            )
            .select_related("domain__level__framework")
            .distinct()
        )
    )
    if not statements:
        return None
    meeting = observation.get_meeting_type_display()
    summary = _rating_summary(_seen_ratings(observation), observation.template.rating_labels)
    description = (
        f"<p>Peer observation by {escape(observation.observer.name)}, signed off by "
        f"{escape(signed_off_by.name)}. Ratings: {escape(summary)}.</p>"
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


def observer_source_key(observation: Observation) -> str:
    return f"observation-carried-out:{observation.pk}"


def _observer_statements(observer: User) -> list[Statement]:
    """The observer statements in published frameworks that apply to the observer's roles."""
    roles = access.roles_of(observer).all
    statements = Statement.objects.filter(
        code__in=OBSERVER_STATEMENT_CODES,
        domain__level__framework__status=FrameworkStatus.PUBLISHED,
    ).select_related("domain__level__framework")
    return [
        statement
        for statement in statements
        if roles & ROLES_FOR_FRAMEWORK.get(statement.domain.level.framework.applies_to_role, set())
    ]


def observer_evidence_for_sign_off(
    observation: Observation, signed_off_by: User
) -> Evidence | None:
    """Evidence for the observer: they carried out a peer observation and gave feedback.

    Made by the same sign-off, once (its source key), pending review like any evidence;
    only against frameworks that apply to the observer's role. It links the observer
    statements alone, never the statements of the criteria they rated.
    """
    description = (
        f"<p>{escape(observation.observer.name)} observed {escape(observation.observed.name)}"
        f"'s practice at a {escape(observation.get_meeting_type_display().lower())} and gave "
        f"written feedback, which {escape(observation.observed.name)} responded to. Signed "
        f"off by {escape(signed_off_by.name)}.</p>"
    )
    return _observer_evidence(observation, description)


def observer_evidence_for_co_observation(
    observation: Observation, partner: Observation
) -> Evidence | None:
    """The same evidence for an observer whose co-observation closed with a calibration
    discussion: they observed, shared their feedback and compared ratings with a colleague.

    It shares the sign-off's source key, so an observer gets it once, from whichever comes
    first: closing the pair, or signing off their observation.
    """
    description = (
        f"<p>{escape(observation.observer.name)} observed {escape(observation.observed.name)}"
        f"'s practice at a {escape(observation.get_meeting_type_display().lower())} with "
        f"{escape(partner.observer.name)}, each rating on their own, shared written feedback, "
        "then compared ratings in a calibration discussion.</p>"
    )
    return _observer_evidence(observation, description)


def _observer_evidence(observation: Observation, description: str) -> Evidence | None:
    """Evidence of carrying out `observation` for its observer, against the observer
    statements of frameworks that apply to their role; once, by its source key."""
    statements = _observer_statements(observation.observer)
    if not statements:
        return None
    meeting = observation.get_meeting_type_display()
    return evidence_submit(
        owner=observation.observer,
        kind=EvidenceKind.OBSERVATION_CARRIED_OUT,
        title=f"Observation carried out: {meeting} on {observation.observed_on:%d %B %Y}"[:200],
        description=description
        + f'<p><a href="{observation_path(observation)}">Read the observation</a></p>',
        occurred_on=observation.observed_on,
        statements=statements,
        source_key=observer_source_key(observation),
    )

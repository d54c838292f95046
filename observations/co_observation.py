"""Writes for co-observation: two observers at one meeting, each rating on their own.

The first observer invites a second while their own observation is still a draft; the
second gets a draft of their own for the same person, meeting, date and template. Neither
reads the other's observation until both are shared (people.access.can_view_observation).
Once both are shared, either observer records the calibration discussion, which closes
the pair and gives both observers the evidence of carrying out a peer observation
(observations.evidence, once per observation by its source key).
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from core.sanitize import plain_text_to_html
from observations import services
from observations.calibration_selectors import co_observation_of
from observations.evidence import observer_evidence_for_co_observation
from observations.models import CoObservation, Observation
from people import access
from people.models import User
from people.notifications import notify
from people.services import identifiers_check


@transaction.atomic
def co_observer_invite(
    *, observation: Observation, by: User, second_observer: User, family_consent: bool
) -> CoObservation:
    """Pair a draft with a second observer's new draft of the same meeting."""
    observation = services._for_update(observation)
    services.ensure_editable(observation, by=by, doing="paired with a second observer")
    if co_observation_of(observation) is not None:
        raise ValidationError("This observation already has a second observer.")
    if second_observer.pk in (by.pk, observation.observed_id) or not access.can_observe(
        second_observer, observation.observed
    ):
        raise ValidationError(
            {
                "second_observer": f"Choose a colleague who may observe "
                f"{observation.observed.name}: a coordinator or team leader in their team"
            }
        )
    if not family_consent:
        raise ValidationError(
            {
                "family_consent": "Confirm the family agreed to a second observer. Without "
                "their agreement nothing about the meeting may be recorded"
            }
        )
    second = services.observation_create(
        observer=second_observer,
        observed=observation.observed,
        template=observation.template,
        observed_on=observation.observed_on,
        meeting_type=observation.meeting_type,
        family_consent=True,
    )
    pair = CoObservation.objects.create(first=observation, second=second)
    path = reverse("observations:observation-edit", args=[second.pk])
    transaction.on_commit(
        lambda: notify(
            [second_observer],
            subject="You have been asked to co-observe a meeting",
            message=f"{by.name} has asked you to rate {observation.observed.name}'s practice "
            "at a meeting you both observed. Rate it on your own: neither of you sees the "
            "other's ratings until you have both shared.",
            path=path,
        )
    )
    return pair


@transaction.atomic
def co_observation_close(
    *, pair: CoObservation, by: User, note: str, identifiers_confirmed: str = ""
) -> CoObservation:
    """Record the calibration discussion, which closes the pair; both observers get the
    evidence of carrying out a peer observation (once each, by its source key)."""
    pair = (
        CoObservation.objects.select_for_update(of=("self",))
        .select_related("first__observer", "first__observed", "second__observer")
        .get(pk=pair.pk)
    )
    if by.pk not in pair.observer_ids:
        raise PermissionDenied("Only the two observers can record their calibration discussion.")
    if pair.is_closed:
        raise ValidationError("The calibration discussion has already been recorded.")
    if not pair.both_shared:
        raise ValidationError(
            "Both observers must share their observation before you compare ratings."
        )
    if not note.strip():
        raise ValidationError(
            {"discussion_note": "Write what you agreed in your calibration discussion"}
        )
    fingerprint = identifiers_check(
        {"discussion_note": ("Calibration discussion note", note)},
        confirmed=identifiers_confirmed,
    )
    pair.discussion_note = plain_text_to_html(note)
    pair.note_identifiers_confirmed = bool(fingerprint)
    pair.closed_by = by
    pair.closed_at = timezone.now()
    pair.save()
    for observation in pair.observations:
        observer_evidence_for_co_observation(observation, pair.partner_of(observation))
    return pair
